package dev.backendhandbook.check.rules;

import dev.backendhandbook.check.Findings;
import dev.backendhandbook.check.Page;
import dev.backendhandbook.check.Rule;
import dev.backendhandbook.check.Site;
import org.jsoup.nodes.Element;

/**
 * Reports pages that no chain of links from {@code index.html} reaches: a reader can only find them
 * by guessing the address. {@code 404.html} is reached by the host, not by links.
 */
public final class UnreachablePageRule extends Rule {
  public UnreachablePageRule() {
    super("unreachable-page");
  }

  @Override
  public void check(Page page, Site site, Findings findings) {
    if (page.path().equals("404.html")
        || site.page("index.html") == null
        || site.isReachable(page.path())) {
      return;
    }
    Element html = page.first("html");
    err(
        findings,
        page,
        html == null ? page.document().body() : html,
        "no link from index.html leads to this page");
  }
}
