package dev.backendhandbook.check.rules;

import java.util.Arrays;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * The "did you mean" of a missing fragment: the id of the target page closest to it in edit
 * distance, when it is close enough to be a typo.
 *
 * <p>Comparing a fragment with every id of a page costs the product of the two counts (a page of
 * 50,000 ids and as many broken links would take minutes). So only the ids next to the fragment in
 * sorted order are compared, and the ids next to it when every string is read backwards: a typo
 * near the end of a name keeps its start, a typo near the start keeps its end. A page with no more
 * than {@code 4 * WINDOW} ids is compared in full. Building costs a sort; each question a binary
 * search and a fixed number of comparisons.
 */
final class Suggestions {
  /** How many ids on each side of the fragment, in each order, are compared. */
  private static final int WINDOW = 8;

  private final String[] forwards;
  private final String[] backwards;

  Suggestions(Collection<String> ids) {
    forwards = ids.toArray(String[]::new);
    Arrays.sort(forwards);
    backwards = Arrays.stream(forwards).map(Suggestions::reversed).toArray(String[]::new);
    Arrays.sort(backwards);
  }

  /**
   * The closest id within {@code max(2, length / 3)} edits, ties to the first in order; or null.
   */
  @Nullable String closest(String fragment) {
    int allowed = Math.max(2, fragment.length() / 3);
    String best = null;
    int bestDistance = allowed + 1;
    // A few ids are all compared; of many, only those that sort near the fragment, read either way.
    String[] candidates = forwards;
    int count = forwards.length;
    if (count > 4 * WINDOW) {
      candidates = new String[4 * WINDOW];
      count = near(forwards, fragment, candidates, 0, false);
      count = near(backwards, reversed(fragment), candidates, count, true);
    }
    for (int i = 0; i < count; i++) {
      String id = candidates[i];
      int distance = distance(fragment, id, allowed);
      if (distance < bestDistance
          || (distance == bestDistance && best != null && id.compareTo(best) < 0)) {
        best = id;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** Copies the ids around where {@code key} would sort into {@code into}, from {@code from}. */
  private static int near(String[] sorted, String key, String[] into, int from, boolean reverse) {
    int at = Arrays.binarySearch(sorted, key);
    int insertion = at >= 0 ? at : -at - 1;
    int count = from;
    for (int i = Math.max(0, insertion - WINDOW);
        i < Math.min(sorted.length, insertion + WINDOW);
        i++) {
      into[count++] = reverse ? reversed(sorted[i]) : sorted[i];
    }
    return count;
  }

  private static String reversed(String text) {
    return new StringBuilder(text).reverse().toString();
  }

  /**
   * Levenshtein distance (the fewest single-character insertions, deletions and substitutions
   * turning one string into the other), or {@code limit + 1} as soon as it must exceed {@code
   * limit}.
   */
  static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return limit + 1;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowMinimum = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
        rowMinimum = Math.min(rowMinimum, current[j]);
      }
      if (rowMinimum > limit) {
        return limit + 1;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return Math.min(previous[b.length()], limit + 1);
  }
}
