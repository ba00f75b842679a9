package dev.backendhandbook.check.rules;

import dev.backendhandbook.check.Findings;
import dev.backendhandbook.check.Page;
import dev.backendhandbook.check.Rule;
import dev.backendhandbook.check.Site;
import org.jsoup.nodes.Element;

/** Reports a page without a {@code <meta name="description">}: search results show it. */
public final class MetaDescriptionRule extends Rule {
  public MetaDescriptionRule() {
    super("meta-description");
  }

  @Override
  public void check(Page page, Site site, Findings findings) {
    Element description = page.meta("description");
    if (description == null) {
      err(findings, page, page.document().head(), "page has no <meta name=\"description\">");
    } else if (description.attr("content").isBlank()) {
      err(findings, page, description, "<meta name=\"description\"> is empty");
    }
  }
}
