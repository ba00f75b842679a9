package dev.backendhandbook.bake;

import java.util.regex.Pattern;

/**
 * Adjusts the HTML Asciidoctor writes for a page, where its output falls short of the site's own
 * rules.
 *
 * <ul>
 *   <li>Table column widths come as {@code <col style="width: 25%;">}; the site's Content Security
 *       Policy ({@code style-src 'self'}) blocks inline style, so they are dropped and the browser
 *       sizes columns by their content.
 *   <li>A code listing wider than the column scrolls sideways; a scrollable region must be
 *       reachable with the keyboard (WCAG 2.2, success criterion 2.1.1), so every {@code <pre>} can
 *       take focus.
 * </ul>
 */
final class PageHtml {
  private static final Pattern COLUMN_WIDTH = Pattern.compile("<col style=\"width: [0-9.]+%;\">");
  private static final Pattern PRE = Pattern.compile("<pre(?=[ >])");

  private PageHtml() {}

  static String of(String html) {
    String withoutWidths = COLUMN_WIDTH.matcher(html).replaceAll("<col>");
    return PRE.matcher(withoutWidths).replaceAll("<pre tabindex=\"0\"");
  }
}
