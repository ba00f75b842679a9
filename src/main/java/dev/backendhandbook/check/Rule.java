package dev.backendhandbook.check;

import dev.backendhandbook.diagnostic.Severity;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The common base of the checker's rules: one rule, one class, one id, one default severity.
 *
 * <p>A rule runs in two phases, as a validator that collects references while it walks and resolves
 * them at the end. {@link #check} reads one parsed page at a time, pages in parallel, knowing of
 * the rest of the site only which files and folders exist; the checker then keeps the page's {@link
 * PageSummary} and lets its tree go. {@link #checkSite} runs once, after every page, over the
 * summaries: questions that span pages (a fragment in another page, a title used twice, a page no
 * link reaches) belong there. A rule reports through {@code err} or {@code warn}, never prints or
 * reads files, and keeps no state of its own, since pages are checked at once.
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

  /** Checks one page; {@code site} knows its files and folders, not its other pages. */
  public void check(Page page, Site site, Findings findings) {}

  /** Checks what spans pages, or belongs to none; runs once per site, after every page. */
  public void checkSite(Site site, Findings findings) {}

  protected final void err(Findings findings, Page page, Reference at, String message) {
    report(findings, page.path(), at.element(), at.attribute(), Severity.ERROR, message);
  }

  protected final void warn(Findings findings, Page page, Reference at, String message) {
    report(findings, page.path(), at.element(), at.attribute(), Severity.WARNING, message);
  }

  protected final void err(Findings findings, Page page, Element at, String message) {
    report(findings, page.path(), page.indexOf(at), null, Severity.ERROR, message);
  }

  protected final void warn(Findings findings, Page page, Element at, String message) {
    report(findings, page.path(), page.indexOf(at), null, Severity.WARNING, message);
  }

  protected final void err(Findings findings, PageSummary page, Reference at, String message) {
    report(findings, page.path(), at.element(), at.attribute(), Severity.ERROR, message);
  }

  /** Reports at the element in that place of the page ({@link PageSummary}'s places). */
  protected final void err(Findings findings, PageSummary page, int element, String message) {
    report(findings, page.path(), element, null, Severity.ERROR, message);
  }

  /**
   * Reports against any file of the site, such as {@code sitemap.xml}; 0 for an unknown position.
   */
  protected final void err(Findings findings, String path, int line, int column, String message) {
    findings.add(
        new Findings.Finding(
            path,
            Math.max(line, 0),
            Math.max(column, 0),
            Findings.NO_ELEMENT,
            null,
            Severity.ERROR,
            id,
            message,
            0));
  }

  /** The position is looked up later, and only for pages with findings: tracking it costs. */
  private void report(
      Findings findings,
      String path,
      int element,
      @Nullable String attribute,
      Severity severity,
      String message) {
    findings.add(new Findings.Finding(path, 0, 0, element, attribute, severity, id, message, 0));
  }
}
