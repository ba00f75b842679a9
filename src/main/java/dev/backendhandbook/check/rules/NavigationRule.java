package dev.backendhandbook.check.rules;

import dev.backendhandbook.check.Findings;
import dev.backendhandbook.check.Page;
import dev.backendhandbook.check.Reference;
import dev.backendhandbook.check.Rule;
import dev.backendhandbook.check.Site;
import dev.backendhandbook.check.SiteContract;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
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
    Page home = site.page(SiteContract.INDEX);
    if (home == null) {
      return;
    }
    List<Page> contentPages =
        site.pages().stream()
            .filter(
                page ->
                    page.meta(SiteContract.SOURCE_META) != null && !page.path().equals(home.path()))
            .sorted(Comparator.comparing(Page::path))
            .toList();
    if (contentPages.isEmpty()) {
      return;
    }
    if (home.document().selectFirst("nav.site-nav") == null) {
      err(findings, home, home.document().body(), "the home page has no <nav class=\"site-nav\">");
      return;
    }
    Set<String> linked = new HashSet<>();
    for (Page page : site.pages()) {
      for (Reference reference : page.references()) {
        Page target = site.pageAt(reference.target());
        if (target != null
            && !target.path().equals(page.path())
            && reference.element().closest("nav.site-nav") != null) {
          linked.add(target.path());
        }
      }
    }
    for (Page page : contentPages) {
      if (!linked.contains(page.path())) {
        err(
            findings,
            page,
            Objects.requireNonNull(page.meta(SiteContract.SOURCE_META)),
            "page is missing from the site navigation");
      }
    }
  }
}
