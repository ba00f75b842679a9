package dev.backendhandbook.check;

import dev.backendhandbook.diagnostic.Severity;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * What the rules found in one run, before the checker applies the configuration and prints it.
 * Rules add to it from several threads at once.
 */
public final class Findings {

  /**
   * One finding as a rule reports it: against a path inside the site.
   *
   * @param path the file inside the site, with '/' separators
   */
  public record Finding(String path, int line, int column, Severity severity, String rule, String message) {}

  private final Queue<Finding> found = new ConcurrentLinkedQueue<>();

  void add(Finding finding) {
    found.add(finding);
  }

  List<Finding> all() {
    return List.copyOf(found);
  }
}
