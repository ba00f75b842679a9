package dev.backendhandbook.diagnostic;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One problem found in one file, the common language of every stage of the build.
 *
 * <p>Printed as {@code path:line:col: severity: rule: message}, the form compilers use, so editors
 * and terminals can jump to it. Lines and columns count from 1; 0 means unknown and is left out of
 * the printed form.
 *
 * @param path the file, relative to the working directory where possible
 * @param line the 1-based line, or 0 when the stage could not tell
 * @param column the 1-based column, or 0 when the stage could not tell
 * @param severity error or warning
 * @param rule a short kebab-case id naming what was broken
 * @param message what is wrong, quoting the bad value
 * @param source where in the writer's source the problem comes from, when {@code path} is a
 *     generated file that knows it (a baked page), else null
 */
public record Diagnostic(
    String path,
    int line,
    int column,
    Severity severity,
    String rule,
    String message,
    @Nullable SourceLocation source)
    implements Comparable<Diagnostic> {

  private static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::path)
          .thenComparingInt(Diagnostic::line)
          .thenComparingInt(Diagnostic::column)
          .thenComparing(Diagnostic::rule)
          .thenComparing(Diagnostic::message);

  public Diagnostic(
      String path, int line, int column, Severity severity, String rule, String message) {
    this(path, line, column, severity, rule, message, null);
  }

  public Diagnostic {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
  }

  public static Diagnostic error(String path, int line, int column, String rule, String message) {
    return new Diagnostic(path, line, column, Severity.ERROR, rule, message);
  }

  public static Diagnostic warning(String path, int line, int column, String rule, String message) {
    return new Diagnostic(path, line, column, Severity.WARNING, rule, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  @Override
  public int compareTo(Diagnostic other) {
    return ORDER.compare(this, other);
  }

  /** The diagnostics in the order they are printed, by path, line, column, rule and message. */
  public static List<Diagnostic> sorted(Collection<Diagnostic> diagnostics) {
    return diagnostics.stream().sorted().toList();
  }

  /**
   * {@code path:line:col: severity: rule: message}, leaving out a line or column that is unknown.
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(path);
    if (line > 0) {
      text.append(':').append(line);
      if (column > 0) {
        text.append(':').append(column);
      }
    }
    return text.append(": ")
        .append(severity.label())
        .append(": ")
        .append(rule)
        .append(": ")
        .append(message)
        .toString();
  }
}
