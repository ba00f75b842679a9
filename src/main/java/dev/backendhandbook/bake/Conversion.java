package dev.backendhandbook.bake;

import dev.backendhandbook.bake.model.Heading;
import java.util.List;

/**
 * Everything converting one page found, kept in the conversion cache so an unchanged page is never
 * converted again.
 *
 * @param html the page's body as HTML
 * @param ids every id a cross reference or link may name in the page
 * @param headings its section headings, for the table of contents
 * @param opening the text before the first section (or of the whole page when it has none)
 * @param sections the text of each top-level section, for search
 * @param problems what Asciidoctor reported while converting it
 * @param dependencies every other file the conversion read, with the digest it had
 * @param files the files it generated (diagrams), to be placed beside the page
 */
record Conversion(
    String html,
    List<String> ids,
    List<Heading> headings,
    String opening,
    List<SearchSection> sections,
    List<Problem> problems,
    List<Dependency> dependencies,
    List<GeneratedFile> files) {

  Conversion {
    ids = List.copyOf(ids);
    headings = List.copyOf(headings);
    sections = List.copyOf(sections);
    problems = List.copyOf(problems);
    dependencies = List.copyOf(dependencies);
    files = List.copyOf(files);
  }

  /**
   * One top-level section or anchored definition of a page, as the search index lists it.
   *
   * @param anchor the id a result links to
   * @param heading the section's heading, or the defined term
   * @param text its words
   */
  record SearchSection(String anchor, String heading, String text) {}

  /**
   * A problem Asciidoctor reported, placed in a file of the source tree.
   *
   * @param file the file, relative to the source root, such as {@code content/data/sql.adoc}
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   * @param error true for an error, false for a warning
   */
  record Problem(String file, int line, int column, boolean error, String rule, String message) {}

  /**
   * A file a conversion read besides the page itself, such as an included example.
   *
   * @param file the file, relative to the source root
   * @param digest its SHA-256 when it was read, or empty when it did not exist
   */
  record Dependency(String file, String digest) {}

  /**
   * A file a conversion wrote, such as a diagram's SVG.
   *
   * @param path where it goes, relative to the page's folder, such as {@code images/x.svg}
   * @param digest the SHA-256 of its bytes, which name it in the cache's blob store
   */
  record GeneratedFile(String path, String digest) {}
}
