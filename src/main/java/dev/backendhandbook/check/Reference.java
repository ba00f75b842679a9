package dev.backendhandbook.check;

import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/** One URL written in a page, with its parts worked out once, since several rules read each one. */
public final class Reference {
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
   * @param written the URL as written; the ASCII whitespace around it is dropped, as browsers do
   * @param folder the folder relative URLs resolve against ("" or ending in '/'): the page's own,
   *     or its {@code <base href>}; null when the base is on another host, which makes every
   *     relative URL of the page external too
   */
  Reference(Element element, String attribute, String written, @Nullable String folder) {
    this.element = element;
    this.attribute = attribute;
    this.url = Urls.stripAsciiWhitespace(written);
    this.external = folder == null || url.startsWith("//") || Urls.scheme(url) != null;
    this.path = Urls.decode(Urls.withoutQueryOrFragment(url));
    String rawFragment = Urls.fragment(url);
    this.fragment = rawFragment == null ? null : Urls.decode(rawFragment);
    if (external || path.isEmpty() || folder == null) {
      this.target = null;
    } else if (path.startsWith("/")) {
      this.target = Site.resolve("", path.substring(1));
    } else {
      this.target = Site.resolve(folder, path);
    }
  }

  public Element element() {
    return element;
  }

  /** The attribute name, such as {@code href}. */
  public String attribute() {
    return attribute;
  }

  /** The URL as written, without the whitespace around it. */
  public String url() {
    return url;
  }

  /**
   * True for a URL with a scheme ({@code https:}, {@code mailto:}…) or a host ({@code //…}), and
   * for any URL of a page whose {@code <base>} is on another host.
   */
  public boolean isExternal() {
    return external;
  }

  /** True for a URL naming something in this site: relative or root-absolute. */
  public boolean isLocal() {
    return !external;
  }

  /** True for a URL relative to this page (or its base): not external, not root-absolute. */
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
   * For a local URL with a path, the file it names inside the site, with '/' separators (a folder
   * keeps its trailing '/'); null when it climbs above the root, or for other URLs.
   */
  public @Nullable String target() {
    return target;
  }
}
