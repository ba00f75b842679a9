package dev.backendhandbook.check.rules;

import dev.backendhandbook.check.Findings;
import dev.backendhandbook.check.PageSummary;
import dev.backendhandbook.check.Rule;
import dev.backendhandbook.check.Site;
import dev.backendhandbook.check.SiteContract;

/**
 * Reports pages that no chain of links from {@code index.html} reaches: a reader can only find them
 * by guessing the address. {@code 404.html} is reached by the host, not by links; a redirect page
 * (one that sends the reader on with {@code <meta http-equiv="refresh">}, as the bake writes for an
 * old address in {@code :page-aliases:}) is reached by old links from elsewhere, and whether its
 * target exists is {@link MissingFileRule}'s question.
 */
public final class UnreachablePageRule extends Rule {
  public UnreachablePageRule() {
    super("unreachable-page");
  }

  @Override
  public void checkSite(Site site, Findings findings) {
    if (site.page(SiteContract.INDEX) == null) {
      return;
    }
    for (PageSummary page : site.pages()) {
      if (!page.path().equals(SiteContract.NOT_FOUND)
          && page.redirect() == null
          && !site.isReachable(page.path())) {
        err(
            findings,
            page,
            page.root(),
            "no link from " + SiteContract.INDEX + " leads to this page");
      }
    }
  }
}
