package dev.backendhandbook.bake;

import java.util.regex.Pattern;

/**
 * Removes what Asciidoctor writes as inline style, which the site's Content Security Policy
 * ({@code style-src 'self'}) would block in the browser anyway.
 *
 * <p>The only such output is a table's column widths, {@code <col style="width: 25%;">}; without
 * them the browser sizes columns by their content.
 */
final class CspSafeHtml {
  private static final Pattern COLUMN_WIDTH = Pattern.compile("<col style=\"width: [0-9.]+%;\">");

  private CspSafeHtml() {}

  static String of(String html) {
    return COLUMN_WIDTH.matcher(html).replaceAll("<col>");
  }
}
