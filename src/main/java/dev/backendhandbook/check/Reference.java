package dev.backendhandbook.check;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * One URL written in a page, where it was written, and its parts.
 *
 * @param element the element carrying it
 * @param attribute the attribute name, such as {@code href}
 * @param url the URL exactly as written
 */
public record Reference(Element element, String attribute, String url) {
  private static final Pattern SCHEME = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*:");

  static Reference of(Element element, Attribute attribute) {
    return new Reference(element, attribute.getKey(), attribute.getValue());
  }

  /** The same place in the page, for another URL written there (one candidate of a srcset). */
  Reference withUrl(String other) {
    return new Reference(element, attribute, other);
  }

  /** True for a URL with a scheme ({@code https:}, {@code mailto:}…) or a host ({@code //…}). */
  public boolean isExternal() {
    return url.startsWith("//") || SCHEME.matcher(url).lookingAt();
  }

  /** True for a URL relative to this page: not external, not root-absolute. */
  public boolean isRelative() {
    return !isExternal() && !url.startsWith("/");
  }

  /** The path part, percent-decoded, without query or fragment: empty for {@code #x}. */
  public String path() {
    String path = url;
    int cut = indexOfAny(path, '?', '#');
    if (cut >= 0) {
      path = path.substring(0, cut);
    }
    return decode(path);
  }

  /** Percent-decodes, keeping '+' (URLDecoder would read it as a space, which URLs do not). */
  private static String decode(String text) {
    return text.indexOf('%') < 0 ? text : URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  /** The fragment, percent-decoded, or null when there is none. */
  public String fragment() {
    int hash = url.indexOf('#');
    if (hash < 0) {
      return null;
    }
    return decode(url.substring(hash + 1));
  }

  private static int indexOfAny(String text, char first, char second) {
    int a = text.indexOf(first);
    int b = text.indexOf(second);
    if (a < 0) {
      return b;
    }
    return b < 0 ? a : Math.min(a, b);
  }
}
