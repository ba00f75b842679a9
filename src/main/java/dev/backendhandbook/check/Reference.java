package dev.backendhandbook.check;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/** One URL written in a page, with its parts worked out once, since several rules read each one. */
public final class Reference {
  private static final Pattern SCHEME = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*:");

  private final Element element;
  private final String attribute;
  private final String url;
  private final boolean external;
  private final String path;
  private final @Nullable String fragment;
  private final @Nullable String target;

  /**
   * @param element the element carrying the URL
   * @param attribute the attribute name, such as {@code href}
   * @param url the URL exactly as written
   * @param folder the folder of the page inside the site ("" or ending in '/')
   */
  Reference(Element element, String attribute, String url, String folder) {
    this.element = element;
    this.attribute = attribute;
    this.url = url;
    this.external = url.startsWith("//") || SCHEME.matcher(url).lookingAt();
    int hash = url.indexOf('#');
    int query = url.indexOf('?');
    int cut = hash < 0 ? query : query < 0 ? hash : Math.min(hash, query);
    this.path = decode(cut < 0 ? url : url.substring(0, cut));
    this.fragment = hash < 0 ? null : decode(url.substring(hash + 1));
    this.target = isRelative() && !path.isEmpty() ? Site.resolve(folder, path) : null;
  }

  public Element element() {
    return element;
  }

  /** The attribute name, such as {@code href}. */
  public String attribute() {
    return attribute;
  }

  /** The URL exactly as written. */
  public String url() {
    return url;
  }

  /** True for a URL with a scheme ({@code https:}, {@code mailto:}…) or a host ({@code //…}). */
  public boolean isExternal() {
    return external;
  }

  /** True for a URL relative to this page: not external, not root-absolute. */
  public boolean isRelative() {
    return !external && !url.startsWith("/");
  }

  /** The path part, percent-decoded, without query or fragment: empty for {@code #x}. */
  public String path() {
    return path;
  }

  /** The fragment, percent-decoded, or null when there is none. */
  public @Nullable String fragment() {
    return fragment;
  }

  /**
   * For a relative URL with a path, the file it names inside the site, with '/' separators (a
   * folder keeps its trailing '/'); null when it climbs above the root, or for other URLs.
   */
  public @Nullable String target() {
    return target;
  }

  /** Percent-decodes, keeping '+' (URLDecoder would read it as a space, which URLs do not). */
  private static String decode(String text) {
    return text.indexOf('%') < 0
        ? text
        : URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
