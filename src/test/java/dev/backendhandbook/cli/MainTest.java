package dev.backendhandbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  private static String fixture(String name) throws URISyntaxException {
    return Path.of(MainTest.class.getResource("/check/" + name).toURI()).toString();
  }

  @Test
  void noCommandIsAUsageError() {
    assertEquals(Main.USAGE, run());
    assertTrue(err.toString().contains("name a command: bake, check or serve"), err.toString());
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertEquals(Main.USAGE, run("check", "--no-such-option", "x"));
    assertTrue(err.toString().contains("Unknown option: '--no-such-option'"), err.toString());
  }

  @Test
  void checkingAMissingFolderIsAUsageError() {
    assertEquals(Main.USAGE, run("check", "no/such/folder"));
    assertTrue(err.toString().contains("folder 'no/such/folder' does not exist"), err.toString());
  }

  @Test
  void cleanFolderExitsZeroWithASummary() throws URISyntaxException {
    assertEquals(Main.OK, run("check", fixture("clean-site")));
    assertEquals("", out.toString());
    assertEquals("checked 2 pages: 0 errors, 0 warnings" + System.lineSeparator(), err.toString());
  }

  @Test
  void findingsExitOneAndPrintOnePerLine() throws URISyntaxException {
    assertEquals(Main.FINDINGS, run("check", fixture("heading-order-invalid")));
    String[] lines = out.toString().lines().toArray(String[]::new);
    assertEquals(1, lines.length, out.toString());
    assertTrue(
        lines[0].endsWith(
            "index.html:7:1: error: heading-order: <h4> 'Too deep' follows an <h2>: a heading level"
                + " is skipped"),
        lines[0]);
    assertTrue(err.toString().startsWith("checked 1 page: 1 error, 0 warnings"), err.toString());
  }

  @Test
  void publishMovesOnlyACleanFolder(@TempDir Path work) throws IOException {
    Path staging = Files.createDirectories(work.resolve("staging"));
    Files.writeString(
        staging.resolve("index.html"),
        "<!DOCTYPE html><title>t</title><a href=\"gone.html\">x</a>");
    Path site = Files.createDirectories(work.resolve("site"));
    Files.writeString(site.resolve("old.html"), "old");

    assertEquals(Main.FINDINGS, run("check", "--publish=" + site, staging.toString()));
    assertTrue(
        Files.exists(site.resolve("old.html")), "a failing check leaves the published site alone");

    Files.copy(
        Path.of("src/test/resources/check/clean-site/index.html"),
        staging.resolve("index.html"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.copy(
        Path.of("src/test/resources/check/clean-site/about.html"), staging.resolve("about.html"));
    assertEquals(Main.OK, run("check", "--publish=" + site, staging.toString()));
    assertTrue(Files.exists(site.resolve("index.html")));
    assertFalse(Files.exists(site.resolve("old.html")));
    assertFalse(Files.exists(staging));
  }
}
