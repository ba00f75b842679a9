package dev.backendhandbook.check.rules;

import dev.backendhandbook.check.Findings;
import dev.backendhandbook.check.Page;
import dev.backendhandbook.check.Rule;
import dev.backendhandbook.check.Site;
import org.jsoup.nodes.Element;

/**
 * Reports an {@code <html>} without a {@code lang}: screen readers need it to pick a voice (WCAG
 * 2.2, success criterion 3.1.1).
 */
public final class HtmlLangRule extends Rule {
  public HtmlLangRule() {
    super("html-lang");
  }

  @Override
  public void check(Page page, Site site, Findings findings) {
    Element html = page.first("html");
    if (html != null && html.attr("lang").isBlank()) {
      err(findings, page, html, "<html> has no lang attribute");
    }
  }
}
