package dev.backendhandbook.check.rules;

import dev.backendhandbook.check.Findings;
import dev.backendhandbook.check.Page;
import dev.backendhandbook.check.Rule;
import dev.backendhandbook.check.Site;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Element;

/** Reports an {@code id} used twice in one page (HTML: ids are unique in their tree). */
public final class DuplicateIdRule extends Rule {
  public DuplicateIdRule() {
    super("duplicate-id");
  }

  @Override
  public void check(Page page, Site site, Findings findings) {
    Map<String, Element> first = new HashMap<>();
    for (Element element : page.elements()) {
      if (!element.hasAttr("id")) {
        continue;
      }
      Element earlier = first.putIfAbsent(element.id(), element);
      if (earlier != null) {
        err(
            findings,
            page,
            element,
            "id '" + element.id() + "' is already used by an earlier <" + earlier.tagName() + ">");
      }
    }
  }
}
