package dev.backendhandbook.check.rules;

import org.jsoup.nodes.Element;
import dev.backendhandbook.check.Findings;
import dev.backendhandbook.check.Page;
import dev.backendhandbook.check.Rule;
import dev.backendhandbook.check.Site;

/**
 * Reports links and buttons with no accessible name: no text, no {@code aria-label}, no
 * {@code aria-labelledby}, no {@code title}, no image with alternative text (WCAG 2.2, success
 * criteria 2.4.4 and 4.1.2).
 */
public final class AccessibleNameRule extends Rule {
  public AccessibleNameRule() {
    super("accessible-name");
  }

  @Override
  public void check(Page page, Site site, Findings findings) {
    for (Element control : page.elements("a", "button")) {
      if ((control.nameIs("button") || control.hasAttr("href")) && !hasName(control)) {
        String what = control.nameIs("a") ? "link to '" + control.attr("href") + "'" : "<button>";
        err(findings, page, control, what + " has no accessible name");
      }
    }
  }

  private static boolean hasName(Element control) {
    if (!control.text().isBlank()) {
      return true;
    }
    for (String attribute : new String[] {"aria-label", "aria-labelledby", "title"}) {
      if (!control.attr(attribute).isBlank()) {
        return true;
      }
    }
    return control.select("img[alt], svg title, [aria-label]").stream()
        .anyMatch(child -> !child.attr("alt").isBlank() || !child.text().isBlank() || !child.attr("aria-label").isBlank());
  }
}
