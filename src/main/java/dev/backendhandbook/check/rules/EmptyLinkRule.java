package dev.backendhandbook.check.rules;

import dev.backendhandbook.check.Findings;
import dev.backendhandbook.check.Page;
import dev.backendhandbook.check.Reference;
import dev.backendhandbook.check.Rule;
import dev.backendhandbook.check.Site;

/**
 * Reports an empty {@code href} or {@code src} (or one of only spaces), which HTML resolves to the
 * page itself. A bare {@code href="#"} is left alone: HTML scrolls to the top of the page for it.
 */
public final class EmptyLinkRule extends Rule {
  public EmptyLinkRule() {
    super("empty-link");
  }

  @Override
  public void check(Page page, Site site, Findings findings) {
    for (Reference reference : page.references()) {
      if (reference.url().isEmpty()) {
        err(
            findings,
            page,
            reference,
            "empty "
                + reference.attribute()
                + " on <"
                + reference.tag()
                + ">: it points back at this page");
      }
    }
  }
}
