package dev.backendhandbook.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.backendhandbook.diagnostic.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckerTest {
  @Test
  void aPageThatCannotBeReadIsAFindingNotACrash(@TempDir Path site) throws Exception {
    Files.copy(
        Path.of("src/test/resources/check/clean-site/index.html"), site.resolve("index.html"));
    Files.copy(
        Path.of("src/test/resources/check/clean-site/about.html"), site.resolve("about.html"));
    // Bytes that are not UTF-8: a lone continuation byte and an invalid lead byte.
    Files.write(
        site.resolve("broken.html"),
        new byte[] {'<', 'p', '>', (byte) 0x80, (byte) 0xFF, '<', '/', 'p', '>'});

    Checker.Report report =
        new Checker(Checker.defaultRules(), file -> site.relativize(file).toString()).check(site);

    assertEquals(
        List.of("broken.html: error: unreadable: cannot read page: Input length = 1"),
        report.diagnostics().stream().map(Diagnostic::toString).toList());
    assertEquals(3, report.pages());
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

    List<String> findings =
        new Checker(Checker.defaultRules(), file -> site.relativize(file).toString())
            .check(site).diagnostics().stream().map(Diagnostic::toString).toList();

    assertEquals(
        List.of(
            "b.html:1:117: error: missing-file: link to 'x.html' names a file that does not exist:"
                + " 'x.html'",
            "b.html:2:4: error: missing-file: link to 'y.html' names a file that does not exist:"
                + " 'y.html'",
            "index.html:1:139: error: missing-file: link to 'z.html' names a file that does not"
                + " exist: 'z.html'"),
        findings);
  }
}
