package dev.backendhandbook.check;

/**
 * What the bake writes into a site and the checker relies on, named once for both: the file names a
 * host serves by convention, the meta tags that say where a baked page came from, the site's
 * navigation, and the attribute that gives an element's line in its AsciiDoc source.
 */
public final class SiteContract {
  private SiteContract() {}

  /** The page a host serves for a folder, and the site's home page at the root. */
  public static final String INDEX = "index.html";

  /** The page a host serves for a path it does not have; no link needs to reach it. */
  public static final String NOT_FOUND = "404.html";

  /** {@code <meta name="handbook:source" content="src/content/….adoc">} on every content page. */
  public static final String SOURCE_META = "handbook:source";

  /** {@code <meta name="handbook:template" content="page.ftlh">}: the template that laid it out. */
  public static final String TEMPLATE_META = "handbook:template";

  /** The template of a Maven Site project report, whose links come from dependencies' POMs. */
  public static final String REPORT_TEMPLATE = "report.ftlh";

  /**
   * The CSS selector of the site's navigation, {@code <nav class="site-nav">} in the layout: every
   * page is linked from it, on the home page or on its section's pages.
   */
  public static final String SITE_NAVIGATION = "nav.site-nav";

  /** The 1-based line of the AsciiDoc source an element of the page body was converted from. */
  public static final String SOURCE_LINE = "data-source-line";
}
