package dev.backendhandbook.site;

import static dev.backendhandbook.site.BuiltSite.SITE;
import static dev.backendhandbook.site.BuiltSite.assertBuilt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs the Nu HTML Checker (the engine behind the W3C validator) over every page and stylesheet of
 * the built site and expects not one error or warning. Its findings are printed in the build's own
 * {@code path:line:col} form.
 *
 * <p>The Maven project reports under {@code project/} are checked too: the bake renders their
 * content inside the handbook's layout (see {@code ReportPages}), and the skin's stylesheets are
 * not published.
 *
 * <p>The checker reads the files from disk, as it refuses to fetch from loopback addresses; its
 * "info" notes that a {@code file:} page's Content Security Policy blocks {@code 'self'} are left
 * out, since browsers treat {@code file:} resources as the page's own (the browser tests load the
 * stylesheet and script from disk under that policy).
 */
class ConformanceIT {
  private static final String SHOWN_SITE = Path.of("").toAbsolutePath().relativize(SITE) + "/";

  /** The checker's GNU format: "URL":line.col-line.col: type: message. */
  private static final Pattern GNU =
      Pattern.compile(
          "^\"([^\"]+)\":(\\d+)\\.(\\d+)(?:-\\d+\\.\\d+)?: (error|warning|info"
              + " warning|info|non-document-error [^:]*|fatal): (.*)$");

  @Test
  void everyPageAndStylesheetIsValid() throws IOException, InterruptedException {
    assertBuilt();
    List<String> findings = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SITE)) {
      List<String> urls =
          files
              .filter(file -> file.toString().endsWith(".html") || file.toString().endsWith(".css"))
              .map(Path::toString)
              .sorted()
              .toList();
      List<String> command =
          new ArrayList<>(
              List.of(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  "nu.validator.client.SimpleCommandLineValidator",
                  "--format",
                  "gnu",
                  "--also-check-css",
                  "--exit-zero-always"));
      command.addAll(urls);
      Process validator = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(validator.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(0, validator.waitFor(), output);
      for (String line : output.split("\\R", -1)) {
        Matcher finding = GNU.matcher(line);
        if (finding.matches()) {
          String type = finding.group(4).startsWith("info") ? null : finding.group(4);
          if (type != null) {
            String path = SHOWN_SITE + finding.group(1).replace("file:" + SITE + "/", "");
            findings.add(
                path
                    + ":"
                    + finding.group(2)
                    + ":"
                    + finding.group(3)
                    + ": "
                    + (type.equals("warning") ? "warning" : "error")
                    + ": nu-html: "
                    + finding.group(5));
          }
        } else if (!line.isBlank()) {
          findings.add("nu-html: " + line);
        }
      }
    }
    findings.forEach(System.out::println);
    assertEquals(List.of(), findings, "the Nu HTML Checker found problems");
  }
}
