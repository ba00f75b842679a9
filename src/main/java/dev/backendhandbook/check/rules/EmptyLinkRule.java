package dev.backendhandbook.check.rules;

import dev.backendhandbook.check.Findings;
import dev.backendhandbook.check.Page;
import dev.backendhandbook.check.Reference;
import dev.backendhandbook.check.Rule;
import dev.backendhandbook.check.Site;

/**
 * Reports an empty {@code href} or {@code src}, which HTML resolves to the page itself, and a bare
 * {@code href="#"}, which goes nowhere.
 */
public final class EmptyLinkRule extends Rule {
  public EmptyLinkRule() {
    super("empty-link");
  }

  @Override
  public void check(Page page, Site site, Findings findings) {
    for (Reference reference : page.references()) {
      String url = reference.url().strip();
      if (url.isEmpty()) {
        err(
            findings,
            page,
            reference,
            "empty "
                + reference.attribute()
                + " on <"
                + reference.element().tagName()
                + ">: it points back at this page");
      } else if (url.equals("#") && reference.attribute().equals("href")) {
        err(
            findings,
            page,
            reference,
            "link to '#' goes nowhere; link to an id, or use a <button> for an action");
      }
    }
  }
}
