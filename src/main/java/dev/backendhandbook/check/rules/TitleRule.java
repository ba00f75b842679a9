package dev.backendhandbook.check.rules;

import dev.backendhandbook.check.Findings;
import dev.backendhandbook.check.Page;
import dev.backendhandbook.check.PageSummary;
import dev.backendhandbook.check.Rule;
import dev.backendhandbook.check.Site;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Reports a page without a {@code <title>}, or with the title of another page: tabs, history and
 * search results tell pages apart by it (WCAG 2.2, success criterion 2.4.2).
 */
public final class TitleRule extends Rule {
  public TitleRule() {
    super("title");
  }

  @Override
  public void check(Page page, Site site, Findings findings) {
    Element title = page.first("title");
    if (title == null || page.title().isEmpty()) {
      err(findings, page, title == null ? page.document().head() : title, "page has no <title>");
    }
  }

  @Override
  public void checkSite(Site site, Findings findings) {
    for (PageSummary page : site.pages()) {
      if (page.title().isEmpty()) {
        continue; // reported above
      }
      List<String> same = site.pagesTitled(page.title());
      if (same.size() > 1) {
        List<String> others = same.stream().filter(path -> !path.equals(page.path())).toList();
        String named = String.join(", ", others.subList(0, Math.min(3, others.size())));
        String more = others.size() > 3 ? " and " + (others.size() - 3) + " more" : "";
        err(
            findings,
            page,
            page.titleElement(),
            "title '" + page.title() + "' is also the title of " + named + more);
      }
    }
  }
}
