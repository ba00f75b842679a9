package dev.backendhandbook.cli;

import dev.backendhandbook.diagnostic.Diagnostic;
import dev.backendhandbook.diagnostic.DisplayPath;
import dev.backendhandbook.diagnostic.Severity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** How findings reach the terminal: one per line, sorted, then a count. */
final class Printing {
  private Printing() {}

  static void findings(PrintWriter out, List<Diagnostic> diagnostics) {
    out.print(lines(diagnostics));
  }

  /** The findings, sorted, one per line, each line ending in the platform's line separator. */
  static String lines(List<Diagnostic> diagnostics) {
    StringBuilder text = new StringBuilder();
    for (Diagnostic diagnostic : Diagnostic.sorted(diagnostics)) {
      text.append(diagnostic).append(System.lineSeparator());
    }
    return text.toString();
  }

  static String count(List<Diagnostic> diagnostics) {
    long errors = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
    long warnings = diagnostics.size() - errors;
    return plural(errors, "error") + ", " + plural(warnings, "warning");
  }

  static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  /** A bake's steps and their milliseconds, such as {@code read 12, convert 340}. */
  static String timings(java.util.Map<String, Long> laps) {
    StringBuilder text = new StringBuilder();
    laps.forEach(
        (step, millis) ->
            text.append(text.length() == 0 ? "" : ", ").append(step).append(' ').append(millis));
    return text.toString();
  }

  /** A path as a contributor would type it: relative to the working directory when inside it. */
  static String display(Path path) {
    return DisplayPath.of(path);
  }
}
