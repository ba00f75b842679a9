package dev.backendhandbook.bake;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Every page of one bake with the ids it defines and the references it makes, so references between
 * pages are resolved once all pages are known.
 */
final class PageIndex {

  /** What the bake remembers of one page. */
  record Page(Path file, PageHeader header, Set<String> ids, List<CrossReference> references) {}

  private final Map<Path, Page> pages = new LinkedHashMap<>();

  synchronized void add(Page page) {
    pages.put(page.file().toAbsolutePath().normalize(), page);
  }

  synchronized @Nullable Page get(Path file) {
    return pages.get(file.toAbsolutePath().normalize());
  }

  synchronized List<Page> all() {
    return new ArrayList<>(pages.values());
  }

  /** Reports every reference to a page or id that does not exist. */
  void resolveReferences(BakeSession session) {
    for (Page page : all()) {
      for (CrossReference reference : page.references()) {
        String problem = problemWith(page, reference, session);
        if (problem != null) {
          session.error(reference.file(), reference.line(), reference.column(), "xref", problem);
        }
      }
    }
  }

  private @Nullable String problemWith(Page from, CrossReference reference, BakeSession session) {
    String pagePart = reference.pagePart();
    String id = reference.idPart();
    Page target = from;
    if (!pagePart.isEmpty()) {
      Path resolved = Objects.requireNonNull(from.file().getParent()).resolve(pagePart).normalize();
      target = get(resolved);
      if (target == null) {
        return "xref '"
            + reference.target()
            + "' names a page that does not exist: '"
            + session.layout().display(resolved)
            + "'";
      }
    }
    if (!id.isEmpty() && !target.ids().contains(id)) {
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

  /** Reports every page whose section has no section page. */
  void resolveSections(BakeSession session) {
    List<Page> all = all();
    Set<String> sections =
        Set.copyOf(
            all.stream()
                .filter(p -> "section".equals(p.header().type()))
                .map(p -> p.header().section())
                .toList());
    for (Page page : all) {
      String section = page.header().section();
      if ("page".equals(page.header().type()) && section != null && !sections.contains(section)) {
        session.error(
            page.file(),
            page.header().lineOf(PageHeader.SECTION),
            1,
            "header",
            "section '"
                + section
                + "' has no section page (':jbake-type: section' with ':jbake-section: "
                + section
                + "')");
      }
    }
  }
}
