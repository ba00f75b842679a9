package dev.backendhandbook.check;

import dev.backendhandbook.diagnostic.Diagnostic;
import dev.backendhandbook.diagnostic.Severity;
import java.util.List;

/**
 * The common base of the checker's rules: one rule, one class, one id.
 *
 * <p>A rule reads one parsed page, and the {@link Site} index for anything beyond it, and reports
 * through {@link #err} or {@link #warn}. It never prints or reads files, and holds no state
 * between pages, so pages can be checked in parallel.
 */
public abstract class Rule {
  private final String id;

  protected Rule(String id) {
    this.id = id;
  }

  /** The kebab-case id printed with each finding, such as {@code missing-fragment}. */
  public final String id() {
    return id;
  }

  /** Checks one page, adding what it finds to {@code findings}. */
  public abstract void check(Page page, Site site, Findings findings);

  protected final void err(Findings findings, Page page, Reference at, String message) {
    findings.add(page, at.line(), at.column(), Severity.ERROR, id, message);
  }

  protected final void warn(Findings findings, Page page, Reference at, String message) {
    findings.add(page, at.line(), at.column(), Severity.WARNING, id, message);
  }

  /** What the findings collected for one page look like once reported. */
  public interface Findings {
    void add(Page page, int line, int column, Severity severity, String rule, String message);

    List<Diagnostic> all();
  }
}
