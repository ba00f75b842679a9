package dev.backendhandbook.check;

import dev.backendhandbook.diagnostic.Severity;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.jsoup.nodes.Element;
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
   * @param element the element the finding is about, or null when the line and column are known
   * @param attribute the attribute of that element, or null for the element itself
   * @param sourceLine the line of the AsciiDoc source the element was baked from, or 0
   */
  public record Finding(
      String path,
      int line,
      int column,
      @Nullable Element element,
      @Nullable String attribute,
      Severity severity,
      String rule,
      String message,
      int sourceLine) {
    Finding at(int atLine, int atColumn, int atSourceLine) {
      return new Finding(path, atLine, atColumn, null, null, severity, rule, message, atSourceLine);
    }
  }

  private final Queue<Finding> found = new ConcurrentLinkedQueue<>();

  void add(Finding finding) {
    found.add(finding);
  }

  List<Finding> all() {
    return List.copyOf(found);
  }
}
