package dev.backendhandbook.editions;

import dev.backendhandbook.bake.SourceLayout;
import dev.backendhandbook.bake.model.HandbookModel;
import dev.backendhandbook.bake.model.Page;
import dev.backendhandbook.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The single AsciiDoc document both editions are converted from: a book whose chapters are the
 * handbook's pages in reading order, each included from a copy whose ids and cross-page links
 * {@link BookAnchors} has rewritten. The copies keep every line where it was, so a problem
 * Asciidoctor finds in one is reported at the same line of the page it came from.
 *
 * @param book the book's main file, in the folder that also holds the copies and the images
 * @param origin where a problem Asciidoctor cannot place is reported: the content folder
 * @param examples the folder {@code {examplesdir}} names
 * @param sources each page copy, mapped to the source page as a contributor names it
 * @param problems links to pages the book leaves out
 */
record BookSource(
    Path book, String origin, Path examples, Map<Path, String> sources, List<Diagnostic> problems) {

  /** Where the diagrams are drawn, beside the book, for both converters to read. */
  Path images() {
    return Objects.requireNonNull(book.getParent()).resolve("images");
  }

  /** Writes the book and its page copies into {@code work}, replacing what was there. */
  private static final Pattern VERBATIM_DELIMITER = Pattern.compile("-{4,}|\\.{4,}|/{4,}|\\+{4,}");

  static BookSource write(SourceLayout layout, HandbookModel model, Path work) throws IOException {
    Path pagesFolder = work.resolve("pages");
    Set<String> anchors = new LinkedHashSet<>();
    List<String> relatives = new ArrayList<>();
    for (Page page : model.readingOrder()) {
      Path file = layout.workingDirectory().resolve(page.sourcePath()).normalize();
      String relative = layout.content().relativize(file).toString().replace('\\', '/');
      relatives.add(relative);
      anchors.add(BookAnchors.of(relative));
    }
    BookAnchors rewriter = new BookAnchors(anchors);
    Map<Path, String> sources = new LinkedHashMap<>();
    List<Diagnostic> problems = new ArrayList<>();
    Page home = model.home();
    StringBuilder book = new StringBuilder();
    book.append("= ").append(home == null ? "Handbook" : home.title()).append('\n');
    if (home != null) {
      book.append(":description: ").append(home.description()).append('\n');
    }
    book.append(":revdate: ").append(model.updated().toString(), 0, 10).append("\n\n");
    for (int i = 0; i < relatives.size(); i++) {
      String relative = relatives.get(i);
      Path source = layout.content().resolve(relative);
      Path copy = pagesFolder.resolve(relative);
      List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
      List<String> rewritten = new ArrayList<>();
      String verbatim = null;
      for (int line = 0; line < lines.size(); line++) {
        String text = lines.get(line);
        // A listing, literal, comment or passthrough block shows an xref as text: left as it is.
        if (verbatim != null || VERBATIM_DELIMITER.matcher(text).matches()) {
          verbatim = verbatim == null ? text : text.equals(verbatim) ? null : verbatim;
          rewritten.add(text);
          continue;
        }
        List<String> missing = new ArrayList<>();
        rewritten.add(rewriter.rewrite(relative, text, missing));
        for (String target : missing) {
          problems.add(
              Diagnostic.error(
                  layout.display(source),
                  line + 1,
                  lines.get(line).indexOf("xref:" + target) + 1,
                  "edition",
                  "link to '"
                      + target
                      + "' names no page of the book: the PDF and the EPUB hold only the pages of"
                      + " the reading order"));
        }
      }
      Files.createDirectories(Objects.requireNonNull(copy.getParent()));
      Files.write(copy, rewritten, StandardCharsets.UTF_8);
      sources.put(copy.toAbsolutePath().normalize(), layout.display(source));
      String anchor = BookAnchors.of(relative);
      // Ids Asciidoctor makes from section titles get the page's prefix too.
      book.append(":idprefix: ").append(anchor).append(BookAnchors.SEPARATOR).append("\n\n");
      book.append("[#").append(anchor).append("]\n");
      book.append("include::").append(pagesFolder.relativize(copy).toString().replace('\\', '/'));
      book.append("[leveloffset=+1]\n\n");
    }
    Path main = pagesFolder.resolve("book.adoc");
    Files.writeString(main, book.toString(), StandardCharsets.UTF_8);
    return new BookSource(
        main, layout.display(layout.content()), layout.examples(), sources, problems);
  }
}
