package dev.backendhandbook.site;

import static dev.backendhandbook.site.BuiltSite.LONG_PAGE;
import static dev.backendhandbook.site.BuiltSite.SCREENSHOTS;
import static dev.backendhandbook.site.BuiltSite.SITE;
import static dev.backendhandbook.site.BuiltSite.assertBuilt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backendhandbook.serve.PreviewServer;
import dev.backendhandbook.testing.Firefox;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The site in Debian's Firefox ESR, headless, opened from disk and over http://127.0.0.1 as readers
 * do: pages keep their style, scripts and diagrams without a console error, search works by
 * keyboard, and the theme toggle remembers. Runs after {@code package}, on {@code target/site}.
 */
class FirefoxIT {

  /** The dark theme's --color-bg in handbook.css. */
  private static final String DARK_BACKGROUND = "rgb(21, 24, 28)";

  private static PreviewServer server;
  private static Firefox dark;
  private static Firefox light;

  @BeforeAll
  static void start() throws IOException {
    assertBuilt();
    server = PreviewServer.start(SITE, 0);
    dark = Firefox.start(1280, 900, true);
    light = Firefox.start(1280, 900, false);
  }

  @AfterAll
  static void stop() throws IOException {
    for (AutoCloseable open : new AutoCloseable[] {dark, light, server}) {
      try {
        if (open != null) {
          open.close();
        }
      } catch (Exception e) {
        throw new IOException(e);
      }
    }
  }

  /** The two ways a reader opens the site. */
  static List<String> bases() {
    return BuiltSite.bases(server);
  }

  @ParameterizedTest
  @MethodSource("bases")
  void pagesKeepTheirStyleScriptsAndDiagramsWithNoConsoleErrors(String base) throws Exception {
    dark.consoleErrors();
    List<String> problems = new ArrayList<>();
    for (String page :
        List.of("index.html", LONG_PAGE, "data/caching.html", "tags/index.html", "404.html")) {
      dark.open(base + page);
      dark.waitUntil("document.querySelector('main h1') !== null");
      String background =
          String.valueOf(dark.evaluate("getComputedStyle(document.body).backgroundColor"));
      if (!background.equals(DARK_BACKGROUND)) {
        problems.add(page + ": the page background is " + background + ", not the dark theme's");
      }
      if (!Boolean.TRUE.equals(
          dark.evaluate("document.getElementById('search-input').offsetParent !== null"))) {
        problems.add(page + ": the search box is hidden, so search.js did not run");
      }
      Object broken =
          dark.evaluate(
              "Array.from(document.images).filter(i => !i.complete || i.naturalWidth === 0)"
                  + ".map(i => i.src).join(' ')");
      if (!"".equals(broken)) {
        problems.add(page + ": images not shown: " + broken);
      }
      dark.consoleErrors().forEach(error -> problems.add(page + ": console: " + error));
      if (base.startsWith("file:")) {
        Files.createDirectories(SCREENSHOTS);
        dark.screenshot(
            SCREENSHOTS.resolve("firefox-dark-" + page.replace('/', '-').replace(".html", ".png")));
      }
    }
    assertEquals("", String.join("\n", problems));
  }

  @ParameterizedTest
  @MethodSource("bases")
  void searchByKeyboardLandsOnTheHeadingThatMatched(String base) throws Exception {
    dark.open(base + "running/web-servers.html");
    dark.waitUntil("document.getElementById('search-input') !== null");
    dark.type("/");
    assertEquals("search-input", dark.evaluate("document.activeElement.id"), "/ focuses search");
    dark.type("query plan");
    dark.waitUntil("document.querySelectorAll('.search-results a').length > 0");
    String first =
        String.valueOf(dark.evaluate("document.querySelector('.search-results a').href"));
    Object all =
        dark.evaluate(
            "Array.from(document.querySelectorAll('.search-results a')).map(a => a.href).join('"
                + " ')");
    assertTrue(
        String.valueOf(all).contains(base + LONG_PAGE + "#"),
        "a section of the database performance page is found: " + all);
    dark.type("\uE015"); // ArrowDown
    assertEquals(first, dark.evaluate("document.activeElement.href"), "ArrowDown moves to it");
    dark.type("\uE007"); // Enter
    dark.waitUntil("location.href === " + quoted(first));
    String fragment = first.substring(first.indexOf('#') + 1);
    dark.waitUntil(
        "document.getElementById("
            + quoted(fragment)
            + ") !== null && Math.abs(document.getElementById("
            + quoted(fragment)
            + ").getBoundingClientRect().top) < 2");
    assertEquals(List.of(), dark.consoleErrors());
  }

  @ParameterizedTest
  @MethodSource("bases")
  void themeToggleSwitchesAndIsRememberedAfterAReload(String base) throws Exception {
    light.open(base + "index.html");
    String toggle = "document.querySelector('[data-theme-toggle]')";
    light.waitUntil(toggle + ".textContent === 'Switch to dark theme'");
    String before =
        String.valueOf(light.evaluate("getComputedStyle(document.body).backgroundColor"));
    light.evaluate(toggle + ".click()");
    assertEquals("Switch to light theme", light.evaluate(toggle + ".textContent"));
    assertEquals(
        DARK_BACKGROUND,
        light.evaluate("getComputedStyle(document.body).backgroundColor"),
        "was " + before);
    light.reload();
    assertEquals("dark", light.evaluate("document.documentElement.dataset.theme"));
    assertEquals("Switch to light theme", light.evaluate(toggle + ".textContent"));
    light.evaluate("localStorage.clear()");
    assertEquals(List.of(), light.consoleErrors());
  }

  private static String quoted(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
