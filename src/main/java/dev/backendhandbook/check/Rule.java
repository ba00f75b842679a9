package dev.backendhandbook.check;

import dev.backendhandbook.diagnostic.Severity;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The common base of the checker's rules: one rule, one class, one id, one default severity.
 *
 * <p>A rule reads one parsed page, and the {@link Site} index for anything beyond it, and reports
 * through {@code err} or {@code warn}. It never prints or reads files, and keeps no state between
 * pages, so pages are checked in parallel. A rule about the site as a whole (the sitemap, say)
 * overrides {@link #checkSite} instead, which runs once.
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

  /** Checks one page. */
  public void check(Page page, Site site, Findings findings) {}

  /** Checks what belongs to no single page; runs once per site. */
  public void checkSite(Site site, Findings findings) {}

  protected final void err(Findings findings, Page page, Reference at, String message) {
    report(findings, page.path(), at.element(), at.attribute(), Severity.ERROR, message);
  }

  protected final void warn(Findings findings, Page page, Reference at, String message) {
    report(findings, page.path(), at.element(), at.attribute(), Severity.WARNING, message);
  }

  protected final void err(Findings findings, Page page, Element at, String message) {
    report(findings, page.path(), at, null, Severity.ERROR, message);
  }

  protected final void warn(Findings findings, Page page, Element at, String message) {
    report(findings, page.path(), at, null, Severity.WARNING, message);
  }

  /**
   * Reports against any file of the site, such as {@code sitemap.xml}; 0 for an unknown position.
   */
  protected final void err(Findings findings, String path, int line, int column, String message) {
    report(findings, path, line, column, Severity.ERROR, message);
  }

  private void report(
      Findings findings, String path, int line, int column, Severity severity, String message) {
    findings.add(
        new Findings.Finding(
            path, Math.max(line, 0), Math.max(column, 0), null, null, severity, id, message, 0));
  }

  /** The position is looked up later, and only for pages with findings: tracking it costs. */
  private void report(
      Findings findings,
      String path,
      Element element,
      @Nullable String attribute,
      Severity severity,
      String message) {
    findings.add(new Findings.Finding(path, 0, 0, element, attribute, severity, id, message, 0));
  }
}
