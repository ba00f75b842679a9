package dev.backendhandbook.check.rules;

import dev.backendhandbook.check.Findings;
import dev.backendhandbook.check.Page;
import dev.backendhandbook.check.Reference;
import dev.backendhandbook.check.Rule;
import dev.backendhandbook.check.Site;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Reports a content page missing from the site navigation.
 *
 * <p>Convention of this site: a page baked from AsciiDoc carries {@code <meta
 * name="handbook:source">}, and the home page's {@code <nav class="site-nav">} links every such
 * page but the home page itself.
 */
public final class NavigationRule extends Rule {
  private static final String SOURCE = "handbook:source";
  private static final String NAVIGATION_TARGETS = "navigation:targets";
  private static final String FIRST_SOURCE_PAGE = "navigation:first-source-page";

  public NavigationRule() {
    super("navigation");
  }

  @Override
  public void check(Page page, Site site, Findings findings) {
    Element source = page.meta(SOURCE);
    Page home = site.page("index.html");
    if (source == null || home == null || page.path().equals(home.path())) {
      return;
    }
    Optional<Set<String>> inNavigation =
        site.derived(NAVIGATION_TARGETS, () -> linkedFromNavigation(home));
    if (inNavigation.isEmpty()) {
      if (page.path().equals(site.derived(FIRST_SOURCE_PAGE, () -> firstSourcePage(site)))) {
        err(
            findings,
            home,
            home.document().body(),
            "the home page has no <nav class=\"site-nav\">");
      }
      return;
    }
    if (!inNavigation.get().contains(page.path())) {
      err(findings, page, source, "page is missing from the site navigation");
    }
  }

  /** The pages the home page's navigation links to, or empty when it has no navigation. */
  private static Optional<Set<String>> linkedFromNavigation(Page home) {
    Element nav = home.document().selectFirst("nav.site-nav");
    if (nav == null) {
      return Optional.empty();
    }
    Set<String> targets = new HashSet<>();
    for (Reference reference : home.references()) {
      if (reference.isRelative() && nav.equals(reference.element().closest("nav.site-nav"))) {
        targets.add(Site.resolve(home, reference.path()));
      }
    }
    return Optional.of(targets);
  }

  /** Reports a missing navigation once, not once per page. */
  private static String firstSourcePage(Site site) {
    return site.pages().stream()
        .filter(p -> p.meta(SOURCE) != null && !p.path().equals("index.html"))
        .map(Page::path)
        .sorted()
        .findFirst()
        .orElse("");
  }
}
