package dev.backendhandbook.check.rules;

import dev.backendhandbook.check.Findings;
import dev.backendhandbook.check.Page;
import dev.backendhandbook.check.Reference;
import dev.backendhandbook.check.Rule;
import dev.backendhandbook.check.Site;

/**
 * Reports a {@code #fragment} that names no element in its target page, in this page or in
 * another page of the site.
 *
 * <p>HTML's rule for navigating to a fragment: the element whose {@code id} (or, for {@code <a>},
 * {@code name}) equals it; {@code #top} and the empty fragment mean the top of the page.
 */
public final class MissingFragmentRule extends Rule {
  public MissingFragmentRule() {
    super("missing-fragment");
  }

  @Override
  public void check(Page page, Site site, Findings findings) {
    for (Reference reference : page.references()) {
      String fragment = reference.fragment();
      if (!reference.isRelative() || fragment == null || fragment.isEmpty() || fragment.equalsIgnoreCase("top")) {
        continue;
      }
      String path = reference.path();
      Page target = path.isEmpty() ? page : site.page(Site.resolve(page, path));
      if (target == null) {
        continue; // not a page of the site: MissingFileRule reports a missing one
      }
      if (!target.ids().contains(fragment)) {
        String where = target == page ? "this page" : "'" + target.path() + "'";
        err(findings, page, reference, "link to '" + reference.url() + "' names fragment '" + fragment + "', but " + where + " has no element with that id");
      }
    }
  }
}
