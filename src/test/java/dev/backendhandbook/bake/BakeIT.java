package dev.backendhandbook.bake;

import static dev.backendhandbook.testing.Trees.copy;
import static dev.backendhandbook.testing.Trees.goodSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backendhandbook.check.Checker;
import dev.backendhandbook.diagnostic.Diagnostic;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bakes the fixture trees under {@code src/test/resources/bake/} with the real templates and
 * assets: {@code good} bakes clean, each other fixture adds one mistake to it.
 */
class BakeIT {
  private static Baker baker;

  @TempDir Path work;

  @BeforeAll
  static void startAsciidoctor() {
    baker = new Baker();
  }

  @AfterAll
  static void stopAsciidoctor() {
    baker.close();
  }

  @Test
  void goodSourceBakesIntoASiteThatPassesTheCheck() throws IOException {
    Path source = assemble("good");
    Path output = work.resolve("site");
    assertEquals(List.of(), printed(bakeInto(source, output).diagnostics()));

    Checker.Report report = new Checker(Checker.defaultRules(), Path::toString).check(output);
    assertEquals(List.of(), printed(report.diagnostics()));
    assertEquals(8, report.pages());

    String page = Files.readString(output.resolve("guide/first-page.html"));
    assertTrue(
        page.contains("<span class=\"kd\">static</span>"),
        "code is highlighted by Rouge at build time");
    assertTrue(
        page.contains(
            "<img src=\"images/first-page-talk.svg\" alt=\"A browser sends a request to a server,"
                + " which answers.\""),
        "the diagram is an SVG image with its text alternative");
    assertTrue(
        Files.readString(output.resolve("guide/images/first-page-talk.svg")).contains("<svg"));
    assertTrue(
        page.contains("<a href=\"second-page.html#details\">"), "xrefs become relative links");
    assertTrue(
        Files.exists(output.resolve(".nojekyll")),
        "GitHub Pages must not run Jekyll over the site");
    assertTrue(
        Files.exists(output.resolve("sitemap.xml"))
            && Files.exists(output.resolve("feed.xml"))
            && Files.exists(output.resolve("404.html")));
    assertTrue(
        page.contains(
            "<div class=\"search\" role=\"search\" data-search data-root=\"../\" hidden>"),
        "without JavaScript the search box stays hidden");
  }

  @Test
  void searchIndexHasAnEntryPerSectionOfEachAsciiDocPage() throws IOException {
    Path output = work.resolve("site");
    assertEquals(List.of(), printed(bakeInto(assemble("good"), output).diagnostics()));

    String index = Files.readString(output.resolve("js/search-index.js"));
    assertTrue(
        index.contains(
            "{\"u\":\"guide/second-page.html\",\"p\":\"Second Page\",\"s\":\"Guide\",\"h\":\"\","
                + "\"x\":\"The page the first page links to. Back to the first page.\"}"),
        index);
    assertTrue(
        index.contains(
            "{\"u\":\"guide/second-page.html#details\",\"p\":\"Second Page\",\"s\":\"Guide\","
                + "\"h\":\"Details\",\"x\":\"The details live here.\"}"),
        index);
    assertTrue(
        index.contains(
            "{\"u\":\"guide/second-page.html#contract\",\"p\":\"Second Page\",\"s\":\"Guide\","
                + "\"h\":\"Contract\",\"x\":\"What two programs agree to exchange.\"}"),
        "an anchored definition is its own entry, and not part of its section's: " + index);
    assertFalse(
        index.contains("404.html") || index.contains("tags/"), "generated pages are not searched");
    assertFalse(index.contains("Asciidoctor renders"), "further-reading lists are left out");
    assertTrue(
        Files.readString(output.resolve("js/lunr.min.js")).contains("lunr"),
        "the library comes from the WebJar");
    assertTrue(
        Files.exists(output.resolve("js/lunr.LICENSE.txt")), "lunr's MIT licence travels with it");
  }

  @Test
  void eachBakeStartsFromAnEmptyOutput() throws IOException {
    Path source = assemble("good");
    Path output = work.resolve("site");
    bakeInto(source, output);
    Files.writeString(output.resolve("stale.html"), "<p>removed page</p>");
    bakeInto(source, output);
    assertFalse(Files.exists(output.resolve("stale.html")));
  }

  @Test
  void brokenCrossReferencesFailAtTheirLines() throws IOException {
    assertBakeFails(
        "broken-xref",
        "content/guide/references.adoc:9:25: error: xref: xref 'no-such-page.adoc' names a page"
            + " that does not exist: 'content/guide/no-such-page.adoc'",
        "content/guide/references.adoc:10:23: error: xref: xref 'second-page.adoc#no-such-id' names"
            + " id 'no-such-id', which 'second-page.adoc' does not define",
        "content/guide/references.adoc:11:10: error: xref: xref 'nowhere' names id 'nowhere', which"
            + " this page does not define");
  }

  @Test
  void missingIncludeFailsAtItsLine() throws IOException {
    Path source = work.resolve("source");
    assertBakeFails(
        "missing-include",
        "content/guide/listing.adoc:11:1: error: asciidoctor: include file not found: "
            + source.resolve("examples/NoSuchFile.java").toAbsolutePath());
  }

  @Test
  void includeFromOutsideTheSourceTreeFailsAndReadsNothing() throws IOException {
    assertBakeFails(
        "include-outside",
        "content/guide/secrets.adoc:10:1: error: include: include of '/etc/passwd' reads outside"
            + " the source tree '.'",
        "content/guide/secrets.adoc:14:1: error: include: include of"
            + " '../../../../../../../../etc/hostname' reads outside the source tree '.'");
  }

  @Test
  void brokenHeaderFailsAtTheAttribute() throws IOException {
    assertBakeFails(
        "missing-header",
        "content/guide/headless.adoc:5:1: error: header: missing header attribute ':description:'"
            + " (the page's one-sentence summary)",
        "content/guide/headless.adoc:5:1: error: header: missing header attribute ':jbake-tags:'"
            + " (a comma-separated list)",
        "content/guide/headless.adoc:5:15: error: header: header attribute ':jbake-order:' must"
            + " be an integer, not 'first'");
  }

  @Test
  void missingAttributeFailsAtTheLineThatUsesIt() throws IOException {
    assertBakeFails(
        "missing-attribute",
        "content/guide/attribute.adoc:10:19: error: asciidoctor: skipping reference to missing"
            + " attribute: no-such-attribute");
  }

  @Test
  void badDiagramFailsAtItsBlock() throws IOException {
    assertBakeFails(
        "bad-diagram",
        "content/guide/diagram.adoc:10:1: error: asciidoctor: Failed to generate image: PlantUML"
            + " preprocessing failed: [From <input> (line 2) ] @startuml this is not -> -> plantuml"
            + " at all ((( ^^^^^ Syntax Error?");
  }

  @Test
  void brokenLinkInATemplateFailsTheCheckNamingPageAndTemplate() throws IOException {
    Path source = assemble("broken-template-link");
    Path output = work.resolve("site");
    assertEquals(List.of(), printed(bakeInto(source, output).diagnostics()));
    List<String> findings =
        printed(
            new Checker(Checker.defaultRules(), file -> output.relativize(file).toString())
                .check(output)
                .diagnostics());
    assertEquals(
        List.of(
            "guide/first-page.html:68:9: error: missing-file: link to 'missing.html' names a file"
                + " that does not exist: 'guide/missing.html' (baked from"
                + " content/guide/first-page.adoc with template page.ftlh)",
            "guide/second-page.html:67:9: error: missing-file: link to 'missing.html' names a file"
                + " that does not exist: 'guide/missing.html' (baked from"
                + " content/guide/second-page.adoc with template page.ftlh)"),
        findings);
  }

  @Test
  void aOneOffBakeOfAFewPagesInterpretsRubyAndAPreviewCompilesIt() throws IOException {
    Path source = assemble("good");
    try (Baker oneOff = new Baker()) {
      oneOff.bake(layout(source), work.resolve("one-off"), Baker.Options.cachedIn(null)).discard();
      assertTrue(oneOff.asciidoctorInterprets(), "a bake of four pages interprets");
    }
    try (Baker preview = new Baker()) {
      preview
          .bake(
              layout(source),
              work.resolve("preview"),
              new Baker.Options(Map.of(), null, true, null))
          .discard();
      assertFalse(preview.asciidoctorInterprets(), "serve's JRuby compiles what it runs often");
    }
  }

  @Test
  void rebuildWithNothingChangedStartsNoAsciidoctorAndWritesTheSameBytes() throws IOException {
    Path source = assemble("good");
    Path first = work.resolve("site");
    assertEquals(4, bakeInto(source, first).converted());
    try (Baker fresh = new Baker()) {
      BakeResult again =
          fresh.bake(layout(source), work.resolve("out"), Baker.Options.cachedIn(cache()));
      again.publish(work.resolve("again"));
      assertEquals(0, again.converted());
      assertFalse(fresh.asciidoctorStarted(), "every page came from the cache");
    }
    assertSameFiles(first, work.resolve("again"));
  }

  @Test
  void deletingTheCacheChangesNoByteOfTheOutput() throws IOException {
    Path source = assemble("good");
    bakeInto(source, work.resolve("warm-up"));
    Path cached = work.resolve("cached");
    assertEquals(0, bakeInto(source, cached).converted());
    BakeResult uncached =
        baker.bake(
            layout(source), work.resolve("x"), new Baker.Options(Map.of(), null, false, null));
    uncached.publish(work.resolve("uncached"));
    assertEquals(4, uncached.converted());
    assertSameFiles(cached, work.resolve("uncached"));
  }

  /** serve bakes with one Baker, whose JBake database stays open from one bake to the next. */
  @Test
  void aBakerKeepsNothingOfALastBakesPages() throws IOException {
    Path source = assemble("good");
    bakeInto(source, work.resolve("before"));
    Path extra = source.resolve("content/guide/third-page.adoc");
    Files.writeString(
        extra,
        Files.readString(source.resolve("content/guide/second-page.adoc"))
            .replace("= Second Page", "= Third Page")
            .replace(":jbake-order: 20", ":jbake-order: 30"));
    bakeInto(source, work.resolve("with-third"));
    assertTrue(Files.isRegularFile(work.resolve("with-third/guide/third-page.html")));
    Files.delete(extra);
    bakeInto(source, work.resolve("after"));
    assertFalse(Files.exists(work.resolve("after/guide/third-page.html")));
    assertSameFiles(work.resolve("before"), work.resolve("after"));
  }

  @Test
  void anEditedPageIsTheOnlyOneConvertedAgain() throws IOException {
    Path source = assemble("good");
    bakeInto(source, work.resolve("site"));
    Path page = source.resolve("content/guide/second-page.adoc");
    Files.writeString(page, Files.readString(page) + "\nOne more sentence.\n");
    BakeResult result = bakeInto(source, work.resolve("site"));
    assertEquals(1, result.converted());
    assertTrue(
        Files.readString(work.resolve("site/guide/second-page.html"))
            .contains("One more sentence."));
  }

  @Test
  void aChangedIncludeConvertsAgainExactlyThePagesThatIncludeIt() throws IOException {
    Path source = assemble("good");
    bakeInto(source, work.resolve("site"));
    Path example = source.resolve("examples/Greeting.java");
    Files.writeString(example, Files.readString(example).replace("Hello", "Good morning"));
    BakeResult result = bakeInto(source, work.resolve("site"));
    assertEquals(1, result.converted(), "only first-page.adoc includes Greeting.java");
    assertTrue(
        Files.readString(work.resolve("site/guide/first-page.html")).contains("Good morning"));
  }

  @Test
  void aTemplateChangeRendersAgainWithoutConverting() throws IOException {
    Path source = assemble("good");
    bakeInto(source, work.resolve("site"));
    Path template = source.resolve("templates/page.ftlh");
    Files.writeString(
        template,
        Files.readString(template)
            .replace("<article class=\"page\">", "<article class=\"page changed\">"));
    BakeResult result = bakeInto(source, work.resolve("site"));
    assertEquals(0, result.converted());
    assertTrue(
        Files.readString(work.resolve("site/guide/first-page.html"))
            .contains("<article class=\"page changed\">"));
  }

  @Test
  void aCorruptCacheEntryIsIgnoredWithAWarningAndNeverTrusted() throws IOException {
    Path source = assemble("good");
    bakeInto(source, work.resolve("clean"));
    List<Path> entries;
    try (Stream<Path> files = Files.walk(cache().resolve("pages"))) {
      entries = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
    assertEquals(4, entries.size());
    Files.writeString(entries.get(0), "{\"format\": 1, \"key\": ");
    // A valid entry of one page under another page's key: it must not be used for that page.
    Files.copy(entries.get(2), entries.get(1), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

    BakeResult result = bakeInto(source, work.resolve("site"));

    assertEquals(2, result.converted());
    assertEquals(2, result.warnings().size(), result.warnings().toString());
    assertTrue(
        result.warnings().stream()
            .anyMatch(w -> w.startsWith("ignored a corrupt conversion cache entry ")),
        result.warnings().toString());
    assertTrue(
        result.warnings().stream()
            .anyMatch(w -> w.endsWith("that belongs to another page or format")),
        result.warnings().toString());
    assertSameFiles(work.resolve("clean"), work.resolve("site"));
  }

  @Test
  void draftIsBakedForThePreviewOnlyAndLinkedFromNowhere() throws IOException {
    Path source = assemble("draft-page");
    Path published = work.resolve("site");
    assertEquals(List.of(), printed(bakeInto(source, published).diagnostics()));
    assertFalse(Files.exists(published.resolve("guide/draft-page.html")));
    assertEquals(List.of(), filesMentioningTheDraft(published), "bake publishes no trace of it");

    BakeResult preview =
        baker.bake(
            layout(source), work.resolve("out"), new Baker.Options(Map.of(), cache(), true, null));
    assertEquals(List.of(), printed(preview.diagnostics()));
    Path previewed = work.resolve("preview");
    preview.publish(previewed);
    assertTrue(
        Files.readString(previewed.resolve("guide/draft-page.html")).contains("Zanzibar"),
        "serve shows the draft at its own address");
    assertEquals(
        List.of("guide/draft-page.html"),
        filesMentioningTheDraft(previewed),
        "no navigation, search entry, sitemap, feed or tag page leads to it");

    List<Diagnostic> findings =
        new Checker(Checker.defaultRules(), Path::toString).check(previewed).diagnostics();
    assertEquals(
        List.of("unreachable-page", "navigation", "sitemap"),
        findings.stream().map(Diagnostic::rule).toList(),
        "the checker sees what a draft is meant to be: " + findings);
    assertEquals(
        List.of(),
        printed(
            Drafts.withoutUnlinkedDrafts(
                findings, java.util.Objects.requireNonNull(preview.model()), previewed)),
        "so the preview leaves those findings out");
  }

  @Test
  void publishedPageMayNotLinkToADraft() throws IOException {
    assertBakeFails(
        "xref-to-a-draft",
        "content/guide/third-page.adoc:9:10: error: xref: xref 'draft-page.adoc#half-written' names"
            + " a draft, which is never published: publish 'draft-page.adoc' or remove the link");
  }

  @Test
  void pageAliasesBecomeRedirectsThatWorkFromDiskAndAreNeitherMappedNorSearched()
      throws IOException {
    Path output = work.resolve("site");
    assertEquals(List.of(), printed(bakeInto(assemble("moved-page"), output).diagnostics()));

    Map<String, String> redirects =
        Map.of(
            "guide/old-second-page.html", "../guide/second-page.html",
            "archive/2024/second.html", "../../guide/second-page.html");
    for (Map.Entry<String, String> redirect : redirects.entrySet()) {
      Path file = output.resolve(redirect.getKey());
      String html = Files.readString(file);
      String link = redirect.getValue();
      assertTrue(
          html.contains("<meta http-equiv=\"refresh\" content=\"0; url=" + link + "\">"), html);
      assertTrue(html.contains("<a href=\"" + link + "\">Second Page</a>"), html);
      assertTrue(
          Files.isRegularFile(file.resolveSibling(link).normalize()),
          "opened from disk, " + redirect.getKey() + " leads to the moved page");
    }
    for (String generated : List.of("sitemap.xml", "feed.xml", "js/search-index.js")) {
      String text = Files.readString(output.resolve(generated));
      assertTrue(text.contains("guide/second-page.html"), generated);
      assertFalse(
          text.contains("old-second-page") || text.contains("archive/"),
          generated + " leaves the redirects out");
    }
  }

  @Test
  void siteHostGivesTheAbsoluteUrlsOfSitemapFeedAndRobotsAndNoOtherLink() throws IOException {
    Path source = assemble("good");
    String host = "https://example.org/preview-host";
    BakeResult result =
        baker.bake(
            layout(source),
            work.resolve("out"),
            new Baker.Options(Map.of("site.host", host), cache(), false, null));
    assertEquals(List.of(), printed(result.diagnostics()));
    Path site = work.resolve("site");
    result.publish(site);
    assertTrue(
        Files.readString(site.resolve("sitemap.xml"))
            .contains("<loc>" + host + "/guide/first-page.html</loc>"));
    assertTrue(
        Files.readString(site.resolve("feed.xml"))
            .contains("<link href=\"" + host + "/guide/first-page.html\"/>"));
    assertEquals(
        "User-agent: *\nAllow: /\nSitemap: " + host + "/sitemap.xml\n",
        Files.readString(site.resolve("robots.txt")));
    for (String file : relativeFiles(site)) {
      if (file.endsWith(".html")) {
        assertFalse(
            Files.readString(site.resolve(file)).contains(host), file + " links relatively");
      }
    }
  }

  /** The site's files that name the fixture's draft page by its address, title or words. */
  private static List<String> filesMentioningTheDraft(Path site) throws IOException {
    List<String> mentioning = new java.util.ArrayList<>();
    for (String file : relativeFiles(site)) {
      String text =
          new String(
              Files.readAllBytes(site.resolve(file)), java.nio.charset.StandardCharsets.ISO_8859_1);
      if (text.contains("draft-page")
          || text.contains("Unfinished Thoughts")
          || text.contains("Zanzibar")
          || text.contains("unfinished")) {
        mentioning.add(file);
      }
    }
    return mentioning;
  }

  /** Asserts that two folders hold the same files with the same bytes. */
  private static void assertSameFiles(Path expected, Path actual) throws IOException {
    assertEquals(relativeFiles(expected), relativeFiles(actual));
    for (String file : relativeFiles(expected)) {
      assertTrue(
          java.util.Arrays.equals(
              Files.readAllBytes(expected.resolve(file)), Files.readAllBytes(actual.resolve(file))),
          file + " differs");
    }
  }

  private static List<String> relativeFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files
          .filter(Files::isRegularFile)
          .map(f -> folder.relativize(f).toString())
          .sorted()
          .toList();
    }
  }

  /** Bakes the fixture over a previous output and asserts the findings and the untouched output. */
  private void assertBakeFails(String fixture, String... expected) throws IOException {
    Path source = assemble(fixture);
    Path output = work.resolve("site");
    Files.createDirectories(output);
    Files.writeString(output.resolve("last-good.html"), "<p>the last good site</p>");

    List<Diagnostic> diagnostics = bakeInto(source, output).diagnostics();

    assertEquals(List.of(expected), printed(diagnostics));
    assertTrue(
        Files.exists(output.resolve("last-good.html")),
        "a failed bake leaves the previous output as it was");
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

  private static SourceLayout layout(Path source) {
    return new SourceLayout(source, source);
  }

  /** Bakes into {@code output}, publishing a clean result, with the conversion cache in work. */
  private BakeResult bakeInto(Path source, Path output) throws IOException {
    BakeResult result = baker.bake(layout(source), output, Baker.Options.cachedIn(cache()));
    if (!result.hasErrors()) {
      result.publish(output);
    }
    return result;
  }

  private Path cache() {
    return work.resolve("cache");
  }

  /** The good fixture with the real templates and assets, then the named fixture laid over it. */
  private Path assemble(String fixture) throws IOException {
    Path source = work.resolve("source");
    goodSource(source);
    if (!fixture.equals("good")) {
      copy(resource(fixture), source);
    }
    return source;
  }

  private static Path resource(String fixture) {
    try {
      return Path.of(BakeIT.class.getResource("/bake/" + fixture).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> printed(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(Diagnostic::toString).toList();
  }
}
