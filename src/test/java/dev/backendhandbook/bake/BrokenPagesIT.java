package dev.backendhandbook.bake;

import static dev.backendhandbook.testing.Trees.copy;
import static dev.backendhandbook.testing.Trees.goodSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backendhandbook.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds {@code bake --strict}, as {@code ./mvnw package} runs it, one broken page at a time: each
 * fixture under {@code src/test/resources/bake/broken-pages/} is laid over the good fixture and
 * named for the mistake it holds. Every mistake must give its own exact finding at the line where a
 * writer fixes it, exit 1, print no stack trace and leave the last good site as it was.
 */
class BrokenPagesIT {
  /** Shared by every case, at one path, so the good pages are converted once and then cached. */
  @TempDir static Path work;

  private Path source;
  private Path site;

  @BeforeEach
  void startFromTheLastGoodSite() throws IOException {
    source = work.resolve("source");
    site = work.resolve("site");
    delete(source);
    delete(site);
    Files.createDirectories(site);
    Files.writeString(site.resolve("last-good.html"), "<p>the last good site</p>");
  }

  @Test
  void includeThroughASymbolicLinkOutOfTheTreeReadsNothing() throws IOException {
    assemble("include-through-a-symbolic-link-out-of-the-tree");
    Files.createSymbolicLink(source.resolve("content/guide/host.txt"), Path.of("/etc/hostname"));
    assertFails(
        "source/content/guide/host-name.adoc:12:1: error: include: include of 'host.txt' reads"
            + " outside the source tree 'source'",
        "source/content/guide/host.txt: error: source: symbolic link to '/etc/hostname' leads"
            + " outside the source tree: the build reads and publishes only files inside it");
  }

  @Test
  void diagramSourceOutOfTheTreeIsNeitherDrawnNorQuoted() throws IOException {
    assemble("diagram-source-out-of-the-tree");
    assertFails(
        "source/content/guide/leaky-diagram.adoc:11:11: error: diagram: plantuml diagram source"
            + " '/etc/hostname' reads outside the source tree 'source'",
        "source/content/guide/leaky-diagram.adoc:13:11: error: diagram: plantuml diagram source"
            + " '../../../../../../../../etc/hostname' reads outside the source tree 'source'");
  }

  @Test
  void latin1PageIsNamedAtItsFirstNonUtf8Character() throws IOException {
    assemble("latin-1-page");
    assertFails(
        "source/content/guide/third-page.adoc:9:6: error: source: page is not UTF-8 text: byte 0xE9"
            + " cannot start or continue a UTF-8 character; save the file as UTF-8");
  }

  @Test
  void byteOrderMarkIsAWarningThatFailsAStrictBake() throws IOException {
    assemble("utf-8-byte-order-mark");
    assertFails(
        "source/content/guide/third-page.adoc:1:1: warning: source: page starts with a UTF-8 byte"
            + " order mark, which the handbook's files do not carry (see .editorconfig): save it as"
            + " UTF-8 without a BOM");
  }

  @Test
  void emptyPageIsNotSkippedSilently() throws IOException {
    assemble("empty-page");
    assertFails(
        "source/content/guide/third-page.adoc:1:1: error: source: page is empty: write its header,"
            + " or delete the file");
  }

  @Test
  void fiveMegabytePageIsRemarked() throws IOException {
    assemble("five-megabyte-page");
    Path page = source.resolve("content/guide/huge-page.adoc");
    String sentence = "A sentence repeated until the page weighs five megabytes.\n";
    Files.writeString(
        page, Files.readString(page) + sentence.repeat(5_000_000 / sentence.length() + 1));
    assertFails(
        "source/content/guide/huge-page.adoc:1:1: warning: source: page is 5.0 MB, more than the"
            + " 1.0 MB a page may be: every reader downloads it and its share of the search data;"
            + " split it into pages");
  }

  @Test
  void binaryFileWithAnAdocNameIsNotText() throws IOException {
    assemble("binary-file-named-adoc");
    assertFails(
        "source/content/guide/diagram.adoc:3:1: error: source: page is not text: it holds a NUL"
            + " byte, as binary files do; only AsciiDoc pages may have a page extension");
  }

  @Test
  void misspeltTagsAttributeIsNamedWithItsSpelling() throws IOException {
    assemble("misspelt-tags-attribute");
    assertFails(
        "source/content/guide/third-page.adoc:7:1: error: header: missing header attribute"
            + " ':jbake-tags:' (a comma-separated list)",
        "source/content/guide/third-page.adoc:7:1: error: header: unknown header attribute"
            + " ':jbake-tgas:'; did you mean ':jbake-tags:'?");
  }

  @Test
  void missingDescriptionIsReportedAtTheEndOfTheHeader() throws IOException {
    assemble("missing-description");
    assertFails(
        "source/content/guide/third-page.adoc:6:1: error: header: missing header attribute"
            + " ':description:' (the page's one-sentence summary)");
  }

  @Test
  void unknownSectionListsTheSectionsThereAre() throws IOException {
    assemble("unknown-section");
    assertFails(
        "source/content/guide/third-page.adoc:5:17: error: header: section 'gide' has no section"
            + " page (':jbake-type: section' with ':jbake-section: gide'); the sections are:"
            + " guide");
  }

  @Test
  void adocBesideAsciidocIsRefusedRatherThanOneLost() throws IOException {
    assemble("adoc-beside-asciidoc");
    assertFails(
        "source/content/guide/third-page.asciidoc:1:1: error: source: page bakes to"
            + " 'guide/third-page.html', as 'source/content/guide/third-page.adoc' does; rename or"
            + " remove one of them");
  }

  @Test
  void spaceInAFileNameIsRefused() throws IOException {
    assemble("space-in-file-name");
    assertFails(
        "source/content/guide/third page.adoc:1:1: error: source: page file names are lower-case"
            + " words joined by hyphens, such as 'database-performance.adoc', so their addresses"
            + " need no escaping: 'third page.adoc'");
  }

  @Test
  void twoPagesWithOneTitleAreRefused() throws IOException {
    assemble("two-pages-with-one-title");
    assertFails(
        "source/content/guide/third-page.adoc:1:1: error: header: title 'Second Page' is already"
            + " the title of 'source/content/guide/second-page.adoc'; every page needs its own");
  }

  @Test
  void unclosedListingBlockIsReportedAtTheLineThatOpensIt() throws IOException {
    assemble("unclosed-listing-block");
    assertFails(
        "source/content/guide/third-page.adoc:11:1: error: asciidoctor: unterminated listing"
            + " block");
  }

  @Test
  void malformedTableIsReportedAtItsRow() throws IOException {
    assemble("malformed-table");
    assertFails(
        "source/content/guide/third-page.adoc:13:1: error: asciidoctor: dropping cells from"
            + " incomplete row detected end of table");
  }

  @Test
  void templateErrorNamesItsCause() throws IOException {
    assemble("template-names-a-missing-value");
    assertFails(
        "source/templates/page.ftlh:5:12: error: template: The following has evaluated to null or"
            + " missing: ==> content.no_such_value");
  }

  @Test
  void deletedDescriptionDoesNotMakeTheReferencesIntoThePageLookBroken() throws IOException {
    assemble("deleted-description-keeps-the-page-ids");
    assertFails(
        "source/content/guide/second-page.adoc:6:1: error: header: missing header attribute"
            + " ':description:' (the page's one-sentence summary)");
  }

  /**
   * Bakes the assembled source strictly, and asserts the findings (paths shown relative to the work
   * folder), exit 1, a one-line summary and no stack trace, and the last good site untouched.
   */
  private void assertFails(String... expected) throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new PrintWriter(out),
            new PrintWriter(err),
            "bake",
            "--strict",
            "--cache",
            work.resolve("cache").toString(),
            source.toString(),
            site.toString());
    String printed = relative(out.toString());
    String complaints = relative(err.toString());

    assertEquals(List.of(expected), printed.lines().toList(), complaints);
    assertEquals(Main.FINDINGS, code);
    List<String> errLines = complaints.lines().toList();
    assertEquals(1, errLines.size(), complaints);
    assertTrue(
        errLines.get(0).startsWith("bake failed: ")
            && errLines.get(0).endsWith("; site left as it was"),
        complaints);
    for (String text : List.of(printed, complaints)) {
      assertFalse(text.contains("\tat ") || text.contains("Exception"), "no stack trace: " + text);
    }
    try (Stream<Path> files = Files.list(site)) {
      assertEquals(
          List.of("last-good.html"),
          files.map(f -> f.getFileName().toString()).toList(),
          "the last good site is left as it was");
    }
    try (Stream<Path> siblings = Files.list(work)) {
      assertEquals(
          List.of("cache", "site", "source"),
          siblings
              .map(p -> p.getFileName().toString())
              .filter(n -> !n.startsWith(".diagram"))
              .sorted()
              .toList(),
          "no staging folder is left behind");
    }
  }

  /** The output with the work folder's absolute path left out, as a writer inside it sees it. */
  private static String relative(String text) {
    return text.replace(work.toAbsolutePath() + "/", "");
  }

  /** The good fixture with the real templates and assets, then the named broken page over it. */
  private void assemble(String fixture) throws IOException {
    goodSource(source);
    copy(resource("broken-pages/" + fixture), source);
  }

  private static Path resource(String fixture) {
    try {
      return Path.of(BrokenPagesIT.class.getResource("/bake/" + fixture).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void delete(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
