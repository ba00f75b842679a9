package dev.backendhandbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

  @Test
  void checkingAFileIsAUsageErrorThatSaysItIsNotAFolder(@TempDir Path work) throws IOException {
    Path file = Files.writeString(work.resolve("afile.txt"), "text");
    assertEquals(Main.USAGE, run("check", file.toString()));
    assertTrue(err.toString().contains("'" + file + "' is not a folder"), err.toString());
  }

  @Test
  void formatJsonWritesTheFindingsAsJson() throws Exception {
    assertEquals(Main.FINDINGS, run("check", "--format=json", fixture("heading-order-invalid")));
    JsonNode report = new ObjectMapper().readTree(out.toString());
    assertEquals(1, report.get("pages").asInt());
    assertEquals(1, report.get("errors").asInt());
    assertEquals(
        "<h4> 'Too deep' follows an <h2>: a heading level is skipped",
        report.at("/findings/0/message").asText());
    assertEquals(7, report.at("/findings/0/line").asInt());
  }

  @Test
  void formatSarifWritesOneResultPerFinding() throws Exception {
    assertEquals(Main.FINDINGS, run("check", "--format=sarif", fixture("heading-order-invalid")));
    JsonNode log = new ObjectMapper().readTree(out.toString());
    assertEquals("2.1.0", log.get("version").asText());
    assertEquals("heading-order", log.at("/runs/0/results/0/ruleId").asText());
    assertEquals(1, log.at("/runs/0/results").size());
  }

  @Test
  void outputWritesTheReportToAFileAndNothingToTheStandardOutput(@TempDir Path work)
      throws Exception {
    Path report = work.resolve("report.txt");
    assertEquals(
        Main.FINDINGS, run("check", "--output=" + report, fixture("heading-order-invalid")));
    assertEquals("", out.toString());
    List<String> lines = Files.readAllLines(report);
    assertEquals(1, lines.size(), lines.toString());
    assertTrue(
        lines
            .get(0)
            .endsWith(
                "index.html:7:1: error: heading-order: <h4> 'Too deep' follows an <h2>: a heading"
                    + " level is skipped"),
        lines.get(0));
  }

  @Test
  void setChangesASeverityAndStrictFailsOnWarnings() throws URISyntaxException {
    String site = fixture("heading-order-invalid");
    assertEquals(Main.OK, run("check", "--set=rule.heading-order.severity=warning", site));
    assertTrue(out.toString().contains(": warning: heading-order: "), out.toString());
    assertEquals("checked 1 page: 0 errors, 1 warning" + System.lineSeparator(), err.toString());

    assertEquals(
        Main.FINDINGS,
        run("check", "--strict", "--set", "rule.heading-order.severity=warning", site));
  }

  @Test
  void setCanSwitchARuleOff() throws URISyntaxException {
    assertEquals(
        Main.OK,
        run("check", "--set=rule.heading-order.severity=off", fixture("heading-order-invalid")));
    assertEquals("", out.toString());
  }

  @Test
  void aBadSetIsAUsageErrorNamingIt() throws URISyntaxException {
    assertEquals(
        Main.USAGE, run("check", "--set=rule.no-such-rule.severity=off", fixture("clean-site")));
    assertTrue(
        err.toString()
            .contains("--set 'rule.no-such-rule.severity=off': unknown rule 'no-such-rule'"),
        err.toString());
  }

  @Test
  void externalReportsBrokenWebLinksOnlyWhenAskedTo(@TempDir Path site) throws Exception {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          exchange.sendResponseHeaders(
              exchange.getRequestURI().getPath().equals("/ok") ? 200 : 404, -1);
          exchange.close();
        });
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      Files.copy(
          Path.of("src/test/resources/check/clean-site/about.html"), site.resolve("about.html"));
      String page =
          Files.readString(Path.of("src/test/resources/check/clean-site/index.html"))
              .replace(
                  "</p>",
                  " <a href=\"" + base + "/ok\">up</a> <a href=\"" + base + "/gone\">down</a></p>");
      Files.writeString(site.resolve("index.html"), page);
      String line = page.lines().toList().get(5);
      int column = line.indexOf("href=\"" + base + "/gone") + 1;

      assertEquals(Main.OK, run("check", site.toString()), out.toString());
      assertEquals(Main.FINDINGS, run("check", "--external", site.toString()));
      assertTrue(
          out.toString()
              .endsWith(
                  "index.html:6:"
                      + column
                      + ": error: external-link: link to '"
                      + base
                      + "/gone' answered 404"
                      + System.lineSeparator()),
          out.toString());
    } finally {
      server.stop(0);
    }
  }
}
