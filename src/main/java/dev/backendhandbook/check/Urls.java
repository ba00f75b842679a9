package dev.backendhandbook.check;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The few facts about URLs every rule needs, each worked out here once: the scheme, the part before
 * the query and fragment, the fragment, percent-decoding, and the folder of a path.
 *
 * <p>Browsers are lenient (WHATWG URL Standard), so these are too: nothing here throws on a badly
 * written URL; a rule that cares asks {@link #badEscape} and reports it.
 */
public final class Urls {
  private Urls() {}

  /**
   * The scheme of an absolute URL, lower-cased ({@code https}, {@code mailto}), or null for a
   * relative one. RFC 3986: a letter, then letters, digits, '+', '-' or '.', then ':'.
   */
  public static @Nullable String scheme(String url) {
    if (url.isEmpty() || !isAsciiLetter(url.charAt(0))) {
      return null;
    }
    for (int i = 1; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == ':') {
        return url.substring(0, i).toLowerCase(Locale.ROOT);
      }
      if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
        return null;
      }
    }
    return null;
  }

  /** True for {@code http:} and {@code https:} URLs, the ones a web host answers. */
  public static boolean isWeb(String url) {
    String scheme = scheme(url);
    return "http".equals(scheme) || "https".equals(scheme);
  }

  /** The URL without its query and fragment. */
  public static String withoutQueryOrFragment(String url) {
    int hash = url.indexOf('#');
    int query = url.indexOf('?');
    int cut = hash < 0 ? query : query < 0 ? hash : Math.min(hash, query);
    return cut < 0 ? url : url.substring(0, cut);
  }

  /** The URL without its fragment. */
  public static String withoutFragment(String url) {
    int hash = url.indexOf('#');
    return hash < 0 ? url : url.substring(0, hash);
  }

  /** The fragment as written (not decoded), or null when there is no '#'. */
  public static @Nullable String fragment(String url) {
    int hash = url.indexOf('#');
    return hash < 0 ? null : url.substring(hash + 1);
  }

  /**
   * Percent-decodes as a browser does: each {@code %XX} becomes its byte, the bytes are read as
   * UTF-8 (with U+FFFD for what is not), and a '%' not followed by two hex digits stays as it is.
   * '+' stays '+': only form data reads it as a space.
   */
  public static String decode(String text) {
    int percent = text.indexOf('%');
    if (percent < 0) {
      return text;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
    byte[] raw = text.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < raw.length; i++) {
      if (raw[i] == '%' && i + 2 < raw.length && hex(raw[i + 1]) >= 0 && hex(raw[i + 2]) >= 0) {
        bytes.write(hex(raw[i + 1]) * 16 + hex(raw[i + 2]));
        i += 2;
      } else {
        bytes.write(raw[i]);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /**
   * The first '%' not followed by two hex digits, such as {@code %ZZ}, or null when there is none.
   */
  public static @Nullable String badEscape(String url) {
    for (int i = url.indexOf('%'); i >= 0; i = url.indexOf('%', i + 1)) {
      if (i + 2 >= url.length()
          || hex((byte) url.charAt(i + 1)) < 0
          || hex((byte) url.charAt(i + 2)) < 0) {
        return url.substring(i, Math.min(i + 3, url.length()));
      }
    }
    return null;
  }

  /** The folder of a path inside the site: empty for the root, else ending in '/'. */
  public static String folderOf(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash + 1);
  }

  /**
   * The URL with the ASCII whitespace around it removed, as HTML does for every URL attribute
   * ("strip leading and trailing ASCII whitespace"): tab, line feed, form feed, return and space.
   */
  public static String stripAsciiWhitespace(String value) {
    int start = 0;
    int end = value.length();
    while (start < end && isAsciiWhitespace(value.charAt(start))) {
      start++;
    }
    while (end > start && isAsciiWhitespace(value.charAt(end - 1))) {
      end--;
    }
    return value.substring(start, end);
  }

  static boolean isAsciiWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static int hex(byte b) {
    if (b >= '0' && b <= '9') {
      return b - '0';
    }
    if (b >= 'a' && b <= 'f') {
      return b - 'a' + 10;
    }
    if (b >= 'A' && b <= 'F') {
      return b - 'A' + 10;
    }
    return -1;
  }
}
