package dev.backendhandbook.check.rules;

import dev.backendhandbook.check.Findings;
import dev.backendhandbook.check.Page;
import dev.backendhandbook.check.Reference;
import dev.backendhandbook.check.Rule;
import dev.backendhandbook.check.Site;

/**
 * Reports a {@code #fragment} that names no element in its target page, in this page or in another
 * page of the site.
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
      if (!reference.isRelative()
          || fragment == null
          || fragment.isEmpty()
          || fragment.equalsIgnoreCase("top")) {
        continue;
      }
      String path = reference.path();
      Page target = path.isEmpty() ? page : site.page(reference.target());
      if (target == null) {
        continue; // not a page of the site: MissingFileRule reports a missing one
      }
      if (!target.ids().contains(fragment)) {
        String where = target.path().equals(page.path()) ? "this page" : "'" + target.path() + "'";
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
                + suggestion(fragment, target));
      }
    }
  }

  /** The closest id of the target page, when one is close enough to be the intended one. */
  private static String suggestion(String fragment, Page target) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String id : target.ids()) {
      int distance = distance(fragment, id);
      if (distance < bestDistance || (distance == bestDistance && id.compareTo(best) < 0)) {
        best = id;
        bestDistance = distance;
      }
    }
    int allowed = Math.max(2, fragment.length() / 3);
    return best != null && bestDistance <= allowed ? " (did you mean '" + best + "'?)" : "";
  }

  /** Levenshtein distance: the fewest single-character edits turning one string into the other. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
