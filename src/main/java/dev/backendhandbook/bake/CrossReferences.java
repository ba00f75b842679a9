package dev.backendhandbook.bake;

import dev.backendhandbook.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Checks every cross reference between pages once all are converted: Asciidoctor does not check
 * references to other documents, and reports an unknown id in the same document without a position.
 * Every page's ids are known here, even those of a page whose header is broken, so one broken page
 * does not make references into it look broken too. A published page may not link to a draft: the
 * draft is left out of the published site, so the link would lead nowhere.
 */
final class CrossReferences {
  private CrossReferences() {}

  static List<Diagnostic> check(
      SourceLayout layout, Map<Path, SourcePage> pages, Map<String, Conversion> conversions) {
    List<Diagnostic> problems = new ArrayList<>();
    for (SourcePage page : pages.values()) {
      for (CrossReference reference : CrossReferenceScanner.scan(page.file(), page.lines())) {
        String problem = problemWith(layout, pages, conversions, page, reference);
        if (problem != null) {
          problems.add(
              Diagnostic.error(
                  layout.display(reference.file()),
                  reference.line(),
                  reference.column(),
                  "xref",
                  problem));
        }
      }
    }
    return problems;
  }

  private static boolean isDraft(SourcePage page) {
    return "draft".equals(page.header().status());
  }

  private static @Nullable String problemWith(
      SourceLayout layout,
      Map<Path, SourcePage> pages,
      Map<String, Conversion> conversions,
      SourcePage from,
      CrossReference reference) {
    String pagePart = reference.pagePart();
    String id = reference.idPart();
    SourcePage target = from;
    if (!pagePart.isEmpty()) {
      Path resolved = Objects.requireNonNull(from.file().getParent()).resolve(pagePart).normalize();
      SourcePage found = pages.get(resolved);
      if (found == null) {
        return "xref '"
            + reference.target()
            + "' names a page that does not exist: '"
            + layout.display(resolved)
            + "'";
      }
      if (isDraft(found) && !isDraft(from)) {
        return "xref '"
            + reference.target()
            + "' names a draft, which is never published: publish '"
            + pagePart
            + "' or remove the link";
      }
      target = found;
    }
    Conversion conversion = conversions.get(target.relative());
    if (!id.isEmpty() && conversion != null && !conversion.ids().contains(id)) {
      String where = pagePart.isEmpty() ? "this page" : "'" + pagePart + "'";
      return "xref '"
          + reference.target()
          + "' names id '"
          + id
          + "', which "
          + where
          + " does not define";
    }
    return null;
  }
}
