package dev.backendhandbook.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The site {@code ./mvnw package} built, as the browser tests open it. */
final class BuiltSite {
  /**
   * The built site, {@code target/site} unless the {@code handbook.site} property names another.
   */
  static final Path SITE =
      Path.of(System.getProperty("handbook.site", "target/site")).toAbsolutePath();

  static final Path SCREENSHOTS = Path.of("target/screenshots").toAbsolutePath();

  /** A long content page with a table of contents and many search hits. */
  static final String LONG_PAGE = "data/database-performance.html";

  private BuiltSite() {}

  /** Fails, saying what to run, when there is no site to test. */
  static void assertBuilt() {
    assertTrue(
        Files.isRegularFile(SITE.resolve("index.html")),
        "run ./mvnw package first: no site at " + SITE);
  }

  /** The two ways a reader opens the site: from disk, and from this server. */
  static List<String> bases(dev.backendhandbook.serve.PreviewServer server) {
    return List.of(SITE.toUri().toString(), server.uri().toString());
  }
}
