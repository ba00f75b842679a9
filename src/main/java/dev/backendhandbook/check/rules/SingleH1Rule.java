package dev.backendhandbook.check.rules;

import dev.backendhandbook.check.Findings;
import dev.backendhandbook.check.Page;
import dev.backendhandbook.check.Rule;
import dev.backendhandbook.check.Site;
import java.util.List;
import org.jsoup.nodes.Element;

/** Reports a page without an {@code h1}, or with more than one: a page has one main heading. */
public final class SingleH1Rule extends Rule {
  public SingleH1Rule() {
    super("single-h1");
  }

  @Override
  public void check(Page page, Site site, Findings findings) {
    List<Element> h1s = page.elements("h1");
    if (h1s.isEmpty()) {
      err(findings, page, page.document().body(), "page has no <h1>");
    }
    for (Element extra : h1s.subList(Math.min(1, h1s.size()), h1s.size())) {
      err(
          findings,
          page,
          extra,
          "page has a second <h1> '"
              + extra.text()
              + "'; the first is '"
              + h1s.get(0).text()
              + "'");
    }
  }
}
