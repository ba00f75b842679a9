package dev.backendhandbook.check.rules;

import dev.backendhandbook.check.Findings;
import dev.backendhandbook.check.Page;
import dev.backendhandbook.check.Rule;
import dev.backendhandbook.check.Site;
import org.jsoup.nodes.Element;

/**
 * Reports a heading that skips a level ({@code h2} then {@code h4}): readers of assistive
 * technology navigate by heading level and lose their place (WCAG 2.2, technique G141).
 */
public final class HeadingOrderRule extends Rule {
  public HeadingOrderRule() {
    super("heading-order");
  }

  @Override
  public void check(Page page, Site site, Findings findings) {
    int previous = 0;
    for (Element heading : page.elements("h1", "h2", "h3", "h4", "h5", "h6")) {
      int level = heading.tagName().charAt(1) - '0';
      if (previous > 0 && level > previous + 1) {
        err(
            findings,
            page,
            heading,
            "<"
                + heading.tagName()
                + "> '"
                + heading.text()
                + "' follows an <h"
                + previous
                + ">: a heading level is skipped");
      }
      previous = level;
    }
  }
}
