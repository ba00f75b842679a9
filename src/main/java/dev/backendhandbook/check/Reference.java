package dev.backendhandbook.check;

import org.jspecify.annotations.Nullable;

/**
 * One URL written in a page, with its parts worked out once, since several rules read each one.
 *
 * <p>It names its element by place rather than holding it, so what the checker keeps of a page
 * after its own rules have run ({@link PageSummary}) does not keep the page's whole tree alive.
 */
public final class Reference {
  private final int element;
  private final String tag;
  private final boolean inSiteNavigation;
  private final String attribute;
  private final String url;
  private final boolean external;
  private final String path;
  private final @Nullable String fragment;
  private final @Nullable String target;

  /**
   * @param element the place of the element carrying the URL among the page's elements, in document
   *     order ({@link Page#elements()})
   * @param tag that element's tag name, lower-case
   * @param inSiteNavigation whether that element is inside the site's navigation ({@link
   *     SiteContract#SITE_NAVIGATION})
   * @param attribute the attribute name, such as {@code href}
   * @param written the URL as written; the ASCII whitespace around it is dropped, as browsers do
   * @param folder the folder relative URLs resolve against ("" or ending in '/'): the page's own,
   *     or its {@code <base href>}; null when the base is on another host, which makes every
   *     relative URL of the page external too
   */
  Reference(
      int element,
      String tag,
      boolean inSiteNavigation,
      String attribute,
      String written,
      @Nullable String folder) {
    this.element = element;
    this.tag = tag;
    this.inSiteNavigation = inSiteNavigation;
    this.attribute = attribute.intern();
    this.url = shared(Urls.stripAsciiWhitespace(written));
    this.external = folder == null || url.startsWith("//") || Urls.scheme(url) != null;
    this.path = shared(Urls.decode(Urls.withoutQueryOrFragment(url)));
    String rawFragment = Urls.fragment(url);
    this.fragment = rawFragment == null ? null : shared(Urls.decode(rawFragment));
    if (external || path.isEmpty() || folder == null) {
      this.target = null;
    } else if (path.startsWith("/")) {
      this.target = sharedOrNull(Site.resolve("", path.substring(1)));
    } else {
      this.target = sharedOrNull(Site.resolve(folder, path));
    }
  }

  /**
   * One copy of each string: a site's pages write the same URLs again and again (the navigation,
   * the pager), and with one copy the references of thousands of pages stay small in memory.
   */
  private static String shared(String text) {
    return text.intern();
  }

  private static @Nullable String sharedOrNull(@Nullable String text) {
    return text == null ? null : text.intern();
  }

  /** The place of the element carrying the URL among the page's elements, in document order. */
  public int element() {
    return element;
  }

  /** The tag name of the element carrying the URL, lower-case, such as {@code a}. */
  public String tag() {
    return tag;
  }

  /** True when the URL's element is inside the site's navigation, which lists every page. */
  public boolean isInSiteNavigation() {
    return inSiteNavigation;
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
