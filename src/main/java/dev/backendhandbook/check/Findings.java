package dev.backendhandbook.check;

import dev.backendhandbook.diagnostic.Severity;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.jspecify.annotations.Nullable;

/**
 * What the rules found in one run, before the checker applies the configuration and prints it.
 * Rules add to it from several threads at once.
 */
public final class Findings {

  /**
   * One finding as a rule reports it: against a path inside the site, at a known position or at an
   * element whose position the checker looks up afterwards.
   *
   * @param path the file inside the site, with '/' separators
   * @param element the place of the element the finding is about among its page's elements in
   *     document order ({@link Page#elements()}), or {@link #NO_ELEMENT} when the line and column
   *     are known
   * @param attribute the attribute of that element, or null for the element itself
   * @param sourceLine the line of the AsciiDoc source the element was baked from, or 0
   */
  public record Finding(
      String path,
      int line,
      int column,
      int element,
      @Nullable String attribute,
      Severity severity,
      String rule,
      String message,
      int sourceLine) {
    Finding at(int atLine, int atColumn, int atSourceLine) {
      return new Finding(
          path, atLine, atColumn, NO_ELEMENT, null, severity, rule, message, atSourceLine);
    }
  }

  /** The element of a finding whose line and column are known, or that is about no element. */
  public static final int NO_ELEMENT = -1;

  private final Queue<Finding> found = new ConcurrentLinkedQueue<>();

  void add(Finding finding) {
    found.add(finding);
  }

  void addAll(List<Finding> findings) {
    found.addAll(findings);
  }

  List<Finding> all() {
    return List.copyOf(found);
  }
}
