package dev.backendhandbook.check.rules;

import dev.backendhandbook.check.Findings;
import dev.backendhandbook.check.Page;
import dev.backendhandbook.check.Rule;
import dev.backendhandbook.check.Site;
import java.util.Arrays;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Reports {@code target="_blank"} without {@code rel="noopener"} (or {@code noreferrer}): the
 * opened page could otherwise reach back through {@code window.opener} in older browsers.
 */
public final class TargetBlankRule extends Rule {
  private static final String[] TAGS = {"a", "area", "form"};

  public TargetBlankRule() {
    super("target-blank");
  }

  @Override
  public void check(Page page, Site site, Findings findings) {
    // Findings are sorted at the end, so the tags need not be visited in document order.
    for (String tag : TAGS) {
      for (Element link : page.elements(tag)) {
        if (!link.attr("target").equals("_blank")) {
          continue;
        }
        String[] rel = link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+");
        if (Arrays.stream(rel)
            .noneMatch(value -> value.equals("noopener") || value.equals("noreferrer"))) {
          err(
              findings,
              page,
              link,
              "<" + link.tagName() + " target=\"_blank\"> without rel=\"noopener\"");
        }
      }
    }
  }
}
