package dev.backendhandbook.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backendhandbook.check.external.ExternalLinkChecker;
import dev.backendhandbook.check.external.LinkCache;
import dev.backendhandbook.check.rules.ExternalLinkRule;
import dev.backendhandbook.check.rules.MissingFileRule;
import dev.backendhandbook.diagnostic.Diagnostic;
import dev.backendhandbook.diagnostic.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckerTest {
  private static final Path FIXTURES = Path.of("src/test/resources/check").toAbsolutePath();

  private static List<String> check(Path site, List<Rule> rules) throws IOException {
    return new Checker(rules, file -> site.relativize(file).toString().replace('\\', '/'))
        .check(site).diagnostics().stream().map(Diagnostic::toString).toList();
  }

  @Test
  void bytesThatAreNotUtf8AreAFindingAtTheirLineAndThePageIsStillChecked(@TempDir Path site)
      throws Exception {
    Files.copy(FIXTURES.resolve("clean-site/index.html"), site.resolve("index.html"));
    Files.copy(FIXTURES.resolve("clean-site/about.html"), site.resolve("about.html"));
    // A lone continuation byte on the second line, then a link to nowhere.
    Files.write(
        site.resolve("broken.html"),
        new byte[] {
          '<', 'p', '>', '\n', 'a', (byte) 0x80, '<', 'a', ' ', 'h', 'r', 'e', 'f', '=', 'x', '>'
        });

    assertEquals(
        List.of(
            "broken.html:2:2: error: encoding: page is not valid UTF-8: byte 0x80 cannot be"
                + " decoded; save it as UTF-8 or declare its encoding with <meta charset>",
            "broken.html:2:6: error: missing-file: link to 'x' names a file that does not exist:"
                + " 'x'"),
        check(site, List.of(new MissingFileRule())));
  }

  @Test
  void aRememberingCheckerFindsWhatAFreshOneFindsAfterEachChange(@TempDir Path site)
      throws Exception {
    Checker remembering =
        new Checker(
                List.of(new MissingFileRule()),
                file -> site.relativize(file).toString().replace('\\', '/'))
            .remembering();
    Path index = site.resolve("index.html");
    Files.writeString(index, "<!doctype html><title>Home</title><a href=\"a.html\">A</a>");
    List<String> missing =
        List.of(
            "index.html:1:38: error: missing-file: link to 'a.html' names a file that does"
                + " not exist: 'a.html'");
    assertEquals(missing, findings(remembering, site));
    assertEquals(missing, findings(remembering, site), "nothing changed");

    // index.html is the same, but the file it names now exists.
    Files.writeString(site.resolve("a.html"), "<!doctype html><title>A</title>");
    assertEquals(List.of(), findings(remembering, site), "a file was added");

    Files.writeString(index, "<!doctype html><title>Home</title><a href=\"b.html\">B</a>");
    assertEquals(
        List.of(
            "index.html:1:38: error: missing-file: link to 'b.html' names a file that does"
                + " not exist: 'b.html'"),
        findings(remembering, site),
        "a page was changed");
    assertEquals(
        check(site, List.of(new MissingFileRule())), findings(remembering, site), "as a fresh one");
  }

  private static List<String> findings(Checker checker, Path site) throws IOException {
    return checker.check(site).diagnostics().stream().map(Diagnostic::toString).toList();
  }

  @Test
  void aRuleAboutOnePageCannotAskForTheOtherPagesBeforeEveryPageIsRead() {
    // Each page's tree is let go once its rules have run: another page may not be read yet.
    Rule tooEarly =
        new Rule("too-early") {
          @Override
          public void check(Page page, Site site, Findings findings) {
            site.page("about.html");
          }
        };
    IllegalStateException thrown =
        assertThrows(
            IllegalStateException.class,
            () -> check(FIXTURES.resolve("clean-site"), List.of(tooEarly)));
    // A page checked on another thread comes back wrapped by the fork-join pool.
    Throwable cause = thrown;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    assertEquals(
        "the site's pages are known only once every page is read: ask in Rule.checkSite",
        cause.getMessage());
  }

  @Test
  void aPageIsReadInTheCharsetItsMetaDeclares() throws Exception {
    Path site = FIXTURES.resolve("encoding-meta-charset");
    Checker.Report report =
        new Checker(List.of(new MissingFileRule()), file -> site.relativize(file).toString())
            .check(site);
    assertEquals(
        List.of(
            "index.html:6:7: error: missing-file: link to 'menu.html' names a file that does not"
                + " exist: 'menu.html'"),
        report.diagnostics().stream().map(Diagnostic::toString).toList());
  }

  @Test
  void pagesAndStylesheetsThatAreNotUtf8AreFindingsAndStillChecked() throws Exception {
    assertEquals(
        List.of(
            "index.html:5:8: error: encoding: page is not valid UTF-8: byte 0xE9 cannot be decoded;"
                + " save it as UTF-8 or declare its encoding with <meta charset>",
            "site.css:1:7: error: encoding: stylesheet is not valid UTF-8: byte 0xE9 cannot be"
                + " decoded; save it as UTF-8 or declare its encoding with @charset",
            "site.css:2:20: error: missing-file: url(missing.png) names a file that does not exist:"
                + " 'missing.png'"),
        check(FIXTURES.resolve("encoding-not-utf8"), List.of(new MissingFileRule())));
  }

  @Test
  void symlinkedFoldersAreFollowedAndDanglingLinksAreFindings(@TempDir Path work) throws Exception {
    Path site = Files.createDirectories(work.resolve("site"));
    Path shared = Files.createDirectories(work.resolve("shared"));
    Files.writeString(shared.resolve("page.html"), "<p><a href=\"gone.html\">gone</a></p>");
    Files.createSymbolicLink(site.resolve("linked"), shared);
    Files.writeString(
        site.resolve("index.html"),
        "<link rel=\"stylesheet\" href=\"style.css\"><a href=\"linked/page.html\">linked</a>");
    Files.createSymbolicLink(site.resolve("style.css"), work.resolve("no-such.css"));
    Files.createSymbolicLink(shared.resolve("loop"), shared);

    assertEquals(
        List.of(
            "index.html:1:24: error: missing-file: link to 'style.css' names a file that does not"
                + " exist: 'style.css'",
            "linked/loop: error: unreadable: symbolic link leads back to a folder that contains"
                + " it: '"
                + shared
                + "'",
            "linked/page.html:1:7: error: missing-file: link to 'gone.html' names a file that does"
                + " not exist: 'linked/gone.html'",
            "style.css: error: unreadable: symbolic link leads nowhere: '"
                + work.resolve("no-such.css")
                + "'"),
        check(site, List.of(new MissingFileRule())));
  }

  @Test
  void everyFixtureRunsThroughEveryRuleWithoutACrash() throws Exception {
    List<Path> fixtures;
    try (Stream<Path> folders = Files.list(FIXTURES)) {
      fixtures = folders.filter(Files::isDirectory).sorted().toList();
    }
    List<String> checked = new ArrayList<>();
    for (Path fixture : fixtures) {
      new Checker(Checker.defaultRules(), Path::toString).check(fixture);
      checked.add(fixture.getFileName().toString());
    }
    assertTrue(checked.contains("malformed-url-bad-escape"), checked.toString());
    assertEquals(fixtures.size(), checked.size());
  }

  @Test
  void anInterruptedExternalCheckFailsTheRunInsteadOfPassing(@TempDir Path site) throws Exception {
    Files.writeString(site.resolve("index.html"), "<a href=\"http://127.0.0.1:9/\">x</a>");
    ExternalLinkChecker external =
        new ExternalLinkChecker(
            ExternalLinkChecker.Settings.defaults(),
            LinkCache.open(null, Duration.ofDays(1)),
            Clock.systemUTC());
    Checker checker = new Checker(List.of(new ExternalLinkRule(external)), Path::toString);
    Thread.currentThread().interrupt();
    try {
      IllegalStateException thrown =
          assertThrows(IllegalStateException.class, () -> checker.check(site));
      assertEquals(
          "the external link check was interrupted before every link was asked",
          thrown.getMessage());
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void findingsComeBackSortedByPathLineAndColumn(@TempDir Path site) throws Exception {
    Files.writeString(
        site.resolve("b.html"),
        "<!DOCTYPE html><html lang=\"en\"><head><title>B</title><meta name=\"description\""
            + " content=\"b\"></head><body><h1>B</h1><a href=\"x.html\">x</a>\n"
            + "<a href=\"y.html\">y</a></body></html>");
    Files.writeString(
        site.resolve("index.html"),
        "<!DOCTYPE html><html lang=\"en\"><head><title>A</title><meta name=\"description\""
            + " content=\"a\"></head><body><h1>A</h1><a href=\"b.html\">b</a><a"
            + " href=\"z.html\">z</a></body></html>");

    assertEquals(
        List.of(
            "b.html:1:117: error: missing-file: link to 'x.html' names a file that does not exist:"
                + " 'x.html'",
            "b.html:2:4: error: missing-file: link to 'y.html' names a file that does not exist:"
                + " 'y.html'",
            "index.html:1:139: error: missing-file: link to 'z.html' names a file that does not"
                + " exist: 'z.html'"),
        check(site, Checker.defaultRules()));
  }

  @Test
  void aFindingOnABakedPageCarriesItsSourceFileAndTheLineOfItsBlock() throws Exception {
    Path site = FIXTURES.resolve("missing-file-baked-page");
    List<Diagnostic> found =
        new Checker(List.of(new MissingFileRule()), file -> site.relativize(file).toString())
            .check(site)
            .diagnostics();
    assertEquals(
        List.of(
            "index.html:10:11: error: missing-file: link to 'gone.html' names a file that does not"
                + " exist: 'gone.html' (baked from src/content/index.adoc with template page.ftlh)",
            "index.html:12:7: error: missing-file: link to 'also-gone.html' names a file that does"
                + " not exist: 'also-gone.html' (baked from src/content/index.adoc with template"
                + " page.ftlh)"),
        found.stream().map(Diagnostic::toString).toList());
    assertEquals(
        List.of(
            new SourceLocation("src/content/index.adoc", 7),
            new SourceLocation("src/content/index.adoc", 0)),
        found.stream().map(Diagnostic::source).toList());
  }
}
