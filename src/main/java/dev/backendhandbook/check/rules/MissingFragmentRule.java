package dev.backendhandbook.check.rules;

import dev.backendhandbook.check.Findings;
import dev.backendhandbook.check.PageSummary;
import dev.backendhandbook.check.Reference;
import dev.backendhandbook.check.Rule;
import dev.backendhandbook.check.Site;

/**
 * Reports a {@code #fragment} that names no element in its target page, in this page or in another
 * page of the site (a folder's page being its {@code index.html}).
 *
 * <p>HTML's rule for navigating to a fragment: the element whose {@code id} (or, for {@code <a>},
 * {@code name}) equals it; {@code #top} and the empty fragment mean the top of the page. A {@code
 * usemap="#name"} names a {@code <map name>} the same way.
 */
public final class MissingFragmentRule extends Rule {
  /** The suggestions for one target page, built once for the site. */
  private record SuggestionsFor(String page) {}

  public MissingFragmentRule() {
    super("missing-fragment");
  }

  @Override
  public void checkSite(Site site, Findings findings) {
    for (PageSummary page : site.pages()) {
      check(page, site, findings);
    }
  }

  private void check(PageSummary page, Site site, Findings findings) {
    for (Reference reference : page.references()) {
      String fragment = reference.fragment();
      if (!reference.isLocal()
          || fragment == null
          || fragment.isEmpty()
          || fragment.equalsIgnoreCase("top")) {
        continue;
      }
      PageSummary target = reference.path().isEmpty() ? page : site.pageAt(reference.target());
      if (target == null) {
        continue; // not a page of the site: MissingFileRule reports a missing one
      }
      if (!target.ids().contains(fragment)) {
        String where = target.path().equals(page.path()) ? "this page" : "'" + target.path() + "'";
        String closest =
            site.derived(new SuggestionsFor(target.path()), () -> new Suggestions(target.ids()))
                .closest(fragment);
        err(
            findings,
            page,
            reference,
            "link to '"
                + reference.url()
                + "' names fragment '"
                + fragment
                + "', but "
                + where
                + " has no element with that id"
                + (closest == null ? "" : " (did you mean '" + closest + "'?)"));
      }
    }
  }
}
