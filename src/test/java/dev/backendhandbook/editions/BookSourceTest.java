package dev.backendhandbook.editions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.backendhandbook.bake.SourceLayout;
import dev.backendhandbook.bake.model.HandbookModel;
import dev.backendhandbook.bake.model.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BookSourceTest {
  private static final Instant DATE = Instant.parse("2026-11-22T00:00:00Z");

  private static Page page(String title, String type, String section, String source, String uri) {
    return new Page(
        title,
        "About " + title + ".",
        type,
        section,
        10,
        List.of(),
        source,
        uri,
        "",
        List.of(),
        DATE,
        "",
        false,
        null,
        null,
        List.of());
  }

  @Test
  void pagesAreIncludedInReadingOrderAndALinkOutOfTheBookIsAFinding(@TempDir Path work)
      throws IOException {
    Path content = Files.createDirectories(work.resolve("src/content/data"));
    Files.writeString(
        work.resolve("src/content/index.adoc"),
        "= Home\n:jbake-type: home\n\nSee xref:data/index.adoc#sql[SQL].\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        content.resolve("index.adoc"),
        "= Data\n\n[#sql]\n== SQL\n\nAlso xref:draft.adoc[a draft].\n",
        StandardCharsets.UTF_8);
    String listing = "= SQL\n\n[source,asciidoc]\n----\nxref:nowhere.adoc[shown as text]\n----\n";
    Files.writeString(content.resolve("sql.adoc"), listing, StandardCharsets.UTF_8);
    SourceLayout layout = new SourceLayout(work.resolve("src"), work);
    HandbookModel model =
        HandbookModel.of(
            List.of(
                page("Home", "home", "", "src/content/index.adoc", "index.html"),
                page("Data", "section", "data", "src/content/data/index.adoc", "data/index.html"),
                page("SQL", "page", "data", "src/content/data/sql.adoc", "data/sql.html")),
            DATE);

    BookSource book = BookSource.write(layout, model, work.resolve("book"));

    assertEquals(
        """
        = Home
        :description: About Home.
        :revdate: 2026-11-22

        :idprefix: index_

        [#index]
        include::index.adoc[leveloffset=+1]

        :idprefix: data_index_

        [#data_index]
        include::data/index.adoc[leveloffset=+1]

        :idprefix: data_sql_

        [#data_sql]
        include::data/sql.adoc[leveloffset=+1]

        """,
        Files.readString(book.book(), StandardCharsets.UTF_8));
    assertEquals(
        "= Data\n\n[#data_index_sql]\n== SQL\n\nAlso xref:draft.adoc[a draft].\n",
        Files.readString(work.resolve("book/pages/data/index.adoc"), StandardCharsets.UTF_8));
    assertEquals(
        List.of(
            "src/content/data/index.adoc:6:6: error: edition: link to 'draft.adoc' names no page"
                + " of the book: the PDF and the EPUB hold only the pages of the reading order"),
        book.problems().stream().map(Object::toString).toList());
    assertEquals(
        listing,
        Files.readString(work.resolve("book/pages/data/sql.adoc"), StandardCharsets.UTF_8),
        "an xref in a listing is text: neither rewritten nor reported");
    assertEquals(
        "See xref:data_index_sql[SQL].",
        Files.readAllLines(work.resolve("book/pages/index.adoc"), StandardCharsets.UTF_8).get(3));
  }
}
