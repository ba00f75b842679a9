package dev.backendhandbook.bake;

import dev.backendhandbook.bake.model.HandbookModel;
import dev.backendhandbook.bake.model.Page;
import dev.backendhandbook.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Drafts in a preview: {@code serve} bakes them at their own address, and nothing links to them,
 * lists them in the navigation or maps them, by design (see
 * src/content/reference/contributing.adoc). The checker's findings that say exactly that of a draft
 * are dropped; every other finding stays.
 */
public final class Drafts {
  /** The rules that report a page nothing leads to, which a draft is meant to be. */
  private static final Set<String> UNLINKED_BY_DESIGN =
      Set.of("unreachable-page", "navigation", "sitemap");

  private Drafts() {}

  /**
   * The findings of a check of {@code site} without those that only say a draft is unlinked.
   *
   * @param site the folder the preview was published to, as the findings name its files
   */
  public static List<Diagnostic> withoutUnlinkedDrafts(
      List<Diagnostic> findings, HandbookModel model, Path site) {
    Path root = site.toAbsolutePath().normalize();
    return findings.stream()
        .filter(
            finding ->
                !(UNLINKED_BY_DESIGN.contains(finding.rule()) && isDraft(finding, model, root)))
        .toList();
  }

  private static boolean isDraft(Diagnostic finding, HandbookModel model, Path root) {
    Path file = Path.of(finding.path()).toAbsolutePath().normalize();
    if (!file.startsWith(root)) {
      return false;
    }
    Page page = model.page(root.relativize(file).toString().replace('\\', '/'));
    return page != null && page.draft();
  }
}
