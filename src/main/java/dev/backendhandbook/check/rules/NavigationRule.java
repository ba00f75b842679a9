package dev.backendhandbook.check.rules;

import dev.backendhandbook.check.Findings;
import dev.backendhandbook.check.PageSummary;
import dev.backendhandbook.check.Reference;
import dev.backendhandbook.check.Rule;
import dev.backendhandbook.check.Site;
import dev.backendhandbook.check.SiteContract;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reports a content page that no other page's site navigation links to.
 *
 * <p>Convention of this site: a page baked from AsciiDoc carries {@code <meta
 * name="handbook:source">}, and each page's {@code <nav class="site-nav">} lists the sections and
 * the pages of its own section (of every section, while they are few). So every content page but
 * the home page must be linked from the site navigation of at least one other page; a link from its
 * own navigation, or from the text of a page, does not count.
 *
 * <p>The rule spans pages, so it runs once for the site, after the pages are checked: jsoup trees
 * are not safe to read from several threads (a read can fill a cache), and each page's tree is read
 * by one thread at a time only.
 */
public final class NavigationRule extends Rule {
  public NavigationRule() {
    super("navigation");
  }

  @Override
  public void checkSite(Site site, Findings findings) {
    PageSummary home = site.page(SiteContract.INDEX);
    if (home == null) {
      return;
    }
    List<PageSummary> contentPages =
        site.pages().stream()
            .filter(page -> page.isContent() && !page.path().equals(home.path()))
            .sorted(Comparator.comparing(PageSummary::path))
            .toList();
    if (contentPages.isEmpty()) {
      return;
    }
    if (!home.hasSiteNavigation()) {
      err(findings, home, home.body(), "the home page has no <nav class=\"site-nav\">");
      return;
    }
    Set<String> linked = new HashSet<>();
    for (PageSummary page : site.pages()) {
      for (Reference reference : page.references()) {
        PageSummary target =
            reference.isInSiteNavigation() ? site.pageAt(reference.target()) : null;
        if (target != null && !target.path().equals(page.path())) {
          linked.add(target.path());
        }
      }
    }
    for (PageSummary page : contentPages) {
      if (!linked.contains(page.path())) {
        err(findings, page, page.sourceMeta(), "page is missing from the site navigation");
      }
    }
  }
}
