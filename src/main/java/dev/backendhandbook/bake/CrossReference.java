package dev.backendhandbook.bake;

import java.nio.file.Path;

/**
 * One {@code xref:} or {@code <<…>>} written in a page, where it was written, and what it names.
 *
 * @param file the page whose source holds it
 * @param line the 1-based line in that file
 * @param column the 1-based column of the target
 * @param target the target as written, such as {@code ../data/databases.adoc#indexes}
 */
record CrossReference(Path file, int line, int column, String target) {

  /** The page part of the target, or empty for a reference inside the same page. */
  String pagePart() {
    int hash = target.indexOf('#');
    String page = hash < 0 ? target : target.substring(0, hash);
    // Asciidoctor reads a target without '#' and without an AsciiDoc extension as an id.
    if (hash < 0 && !SourceLayout.isAsciiDoc(page)) {
      return "";
    }
    return page;
  }

  /** The id part of the target, or empty when it names a whole page. */
  String idPart() {
    int hash = target.indexOf('#');
    if (hash >= 0) {
      return target.substring(hash + 1);
    }
    return SourceLayout.isAsciiDoc(target) ? "" : target;
  }
}
