package dev.backendhandbook.check.rules;

import dev.backendhandbook.check.Reference;
import java.util.HashSet;
import java.util.Set;
import org.jsoup.nodes.Element;
import dev.backendhandbook.check.Findings;
import dev.backendhandbook.check.Page;
import dev.backendhandbook.check.Rule;
import dev.backendhandbook.check.Site;

/**
 * Reports a content page missing from the site navigation.
 *
 * <p>Convention of this site: a page baked from AsciiDoc carries {@code <meta
 * name="handbook:source">}, and the home page's {@code <nav class="site-nav">} links every such
 * page but the home page itself.
 */
public final class NavigationRule extends Rule {
  private static final String SOURCE = "meta[name=handbook:source]";
  private static final String NAVIGATION_TARGETS = "navigation:targets";
  private static final String FIRST_SOURCE_PAGE = "navigation:first-source-page";

  public NavigationRule() {
    super("navigation");
  }

  @Override
  public void check(Page page, Site site, Findings findings) {
    Element source = page.document().selectFirst(SOURCE);
    Page home = site.page("index.html");
    if (source == null || home == null || page == home) {
      return;
    }
    Element nav = home.document().selectFirst("nav.site-nav");
    if (nav == null) {
      if (page.path().equals(site.derived(FIRST_SOURCE_PAGE, () -> firstSourcePage(site)))) {
        err(findings, home, home.document().body(), "the home page has no <nav class=\"site-nav\">");
      }
      return;
    }
    Set<String> inNavigation = site.derived(NAVIGATION_TARGETS, () -> linkedFrom(home, nav));
    if (!inNavigation.contains(page.path())) {
      err(findings, page, source, "page is missing from the site navigation");
    }
  }

  private static Set<String> linkedFrom(Page home, Element nav) {
    Set<String> targets = new HashSet<>();
    for (Reference reference : home.references()) {
      if (reference.isRelative() && nav.equals(reference.element().closest("nav.site-nav"))) {
        targets.add(Site.resolve(home, reference.path()));
      }
    }
    return targets;
  }

  /** Reports a missing navigation once, not once per page. */
  private static String firstSourcePage(Site site) {
    return site.pages().stream()
        .filter(p -> p.document().selectFirst(SOURCE) != null && !p.path().equals("index.html"))
        .map(Page::path)
        .sorted()
        .findFirst()
        .orElse("");
  }
}
