package dev.backendhandbook.check.rules;

import dev.backendhandbook.check.Findings;
import dev.backendhandbook.check.Page;
import dev.backendhandbook.check.Rule;
import dev.backendhandbook.check.Site;
import org.jsoup.nodes.Element;

/**
 * Reports links and buttons with no accessible name: no text, no {@code aria-label}, no {@code
 * aria-labelledby}, no {@code title}, no image with alternative text (WCAG 2.2, success criteria
 * 2.4.4 and 4.1.2).
 */
public final class AccessibleNameRule extends Rule {
  public AccessibleNameRule() {
    super("accessible-name");
  }

  @Override
  public void check(Page page, Site site, Findings findings) {
    // Findings are sorted at the end, so the two tags need not be visited in document order.
    for (Element link : page.elements("a")) {
      if (link.hasAttr("href") && !hasName(link)) {
        err(findings, page, link, "link to '" + link.attr("href") + "' has no accessible name");
      }
    }
    for (Element button : page.elements("button")) {
      if (!hasName(button)) {
        err(findings, page, button, "<button> has no accessible name");
      }
    }
  }

  private static boolean hasName(Element control) {
    if (control.hasText()) {
      return true;
    }
    for (String attribute : new String[] {"aria-label", "aria-labelledby", "title"}) {
      if (!control.attr(attribute).isBlank()) {
        return true;
      }
    }
    return control.select("img[alt], svg title, [aria-label]").stream()
        .anyMatch(
            child ->
                !child.attr("alt").isBlank()
                    || !child.text().isBlank()
                    || !child.attr("aria-label").isBlank());
  }
}
