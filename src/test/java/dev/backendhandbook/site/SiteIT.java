package dev.backendhandbook.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import dev.backendhandbook.serve.PreviewServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The built handbook in a real browser (Debian's Chromium), opened both from disk and over
 * http://127.0.0.1, as readers meet it. Runs after {@code package}, on {@code target/site}.
 */
class SiteIT {
  private static final Path SITE =
      Path.of(System.getProperty("handbook.site", "target/site")).toAbsolutePath();
  private static PreviewServer server;
  private static WebDriver browser;
  private static Path profile;

  @BeforeAll
  static void start() throws IOException {
    assertTrue(
        Files.isRegularFile(SITE.resolve("index.html")),
        "run ./mvnw package first: no site at " + SITE);
    server = PreviewServer.start(SITE, 0);
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,900",
        "--user-data-dir=" + (profile = Files.createTempDirectory("handbook-chromium")));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
            .build();
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
    if (profile != null) {
      dev.backendhandbook.bake.SiteOutput.delete(profile);
    }
  }

  /** The two ways a reader opens the site. */
  static List<String> bases() {
    return List.of(SITE.toUri().toString(), server.uri().toString());
  }

  private static Object script(String code, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(code, args);
  }

  @ParameterizedTest
  @MethodSource("bases")
  void navigationLeadsFromTheHomePageToAPageAndBack(String base) {
    browser.get(base + "index.html");
    assertTrue(browser.getTitle().endsWith("The Back-End Handbook"), browser.getTitle());
    WebElement firstPage = browser.findElement(By.cssSelector(".nav-pages a"));
    String title = firstPage.getText();
    firstPage.click();
    assertEquals(title, browser.findElement(By.tagName("h1")).getText());
    assertEquals(
        "page",
        browser
            .findElement(By.cssSelector(".site-nav a[aria-current]"))
            .getDomAttribute("aria-current"));
    browser.findElement(By.cssSelector(".site-title")).click();
    assertEquals(base + "index.html", browser.getCurrentUrl());
  }

  @ParameterizedTest
  @MethodSource("bases")
  void diagramsLoadAndCodeIsHighlighted(String base) {
    browser.get(base + firstPageContaining("class=\"imageblock\""));
    for (WebElement image : browser.findElements(By.cssSelector(".imageblock img"))) {
      assertTrue(
          ((Number) script("return arguments[0].naturalWidth", image)).intValue() > 0,
          "diagram did not load: " + image.getDomAttribute("src"));
      assertFalse(image.getDomAttribute("alt").isBlank(), "diagram without a text alternative");
    }
    browser.get(base + firstPageContaining("class=\"rouge highlight\""));
    WebElement keyword =
        browser.findElement(
            By.cssSelector("pre.highlight .k, pre.highlight .kd, pre.highlight .kt"));
    WebElement listing = browser.findElement(By.cssSelector("pre.highlight"));
    assertNotEquals(
        listing.getCssValue("color"),
        keyword.getCssValue("color"),
        "keywords are coloured by the stylesheet");
  }

  @ParameterizedTest
  @MethodSource("bases")
  void everyResourceComesFromTheSiteItself(String base) {
    browser.get(base + "index.html");
    @SuppressWarnings("unchecked")
    List<String> resources =
        (List<String>)
            script(
                // Resource timing lists nothing for file:// pages, so the DOM's own list is read
                // too.
                "return performance.getEntriesByType('resource').map(e =>"
                    + " e.name).concat(Array.from(document.querySelectorAll('link[rel~=stylesheet],"
                    + " link[rel~=icon], script[src], img[src]')).map(e => e.href || e.src))");
    assertFalse(resources.isEmpty());
    for (String resource : resources) {
      assertTrue(resource.startsWith(base), "loaded from elsewhere: " + resource);
    }
  }

  @ParameterizedTest
  @MethodSource("bases")
  void themeToggleSwitchesAndRemembers(String base) {
    browser.get(base + "index.html");
    WebElement toggle = browser.findElement(By.cssSelector("[data-theme-toggle]"));
    assertTrue(toggle.isDisplayed(), "with JavaScript on, the toggle shows");
    String before = browser.findElement(By.tagName("body")).getCssValue("background-color");
    boolean wasDark = "true".equals(toggle.getDomAttribute("aria-pressed"));
    toggle.click();
    assertEquals(wasDark ? "false" : "true", toggle.getDomAttribute("aria-pressed"));
    assertNotEquals(
        before, browser.findElement(By.tagName("body")).getCssValue("background-color"));
    browser.navigate().refresh();
    assertEquals(
        wasDark ? "light" : "dark", script("return document.documentElement.dataset.theme"));
    script("localStorage.clear()");
  }

  @ParameterizedTest
  @MethodSource("bases")
  void searchListsMatchingSectionsAndEnterOpensTheFirst(String base) {
    browser.get(base + "running/web-servers.html");
    WebElement input = browser.findElement(By.id("search-input"));
    assertTrue(input.isDisplayed(), "with JavaScript on, the search box shows");
    input.sendKeys("query plan");
    WebElement status = browser.findElement(By.cssSelector("[data-search-status]"));
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(
            d -> status.getText().endsWith("results.") || status.getText().contains("are shown"));
    List<String> hrefs =
        browser.findElements(By.cssSelector(".search-results a")).stream()
            .map(a -> a.getDomProperty("href"))
            .toList();
    assertTrue(
        hrefs.stream().anyMatch(href -> href.startsWith(base + "data/database-performance.html#")),
        "a section of the database performance page is found: " + hrefs);
    if (base.startsWith("http")) {
      assertEquals(
          "",
          violations(new AxeBuilder().analyze(browser)),
          "axe-core with the search results open");
    }
    input.sendKeys(Keys.ENTER);
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(d -> d.getCurrentUrl().equals(hrefs.get(0)));
    assertFalse(browser.findElement(By.tagName("h1")).getText().isBlank());
  }

  @ParameterizedTest
  @MethodSource("bases")
  void searchTakesQuerySyntaxAsTextAndSaysWhenNothingMatches(String base) {
    browser.get(base + "index.html");
    WebElement input = browser.findElement(By.id("search-input"));
    WebElement status = browser.findElement(By.cssSelector("[data-search-status]"));
    input.sendKeys("zzqxv:title~2 ^");
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(d -> status.getText().startsWith("No results"));
    assertEquals("No results for \u201czzqxv:title~2 ^\u201d.", status.getText());
    assertTrue(browser.findElements(By.cssSelector(".search-results li")).isEmpty());
    input.sendKeys(Keys.ESCAPE);
    assertFalse(
        browser.findElement(By.cssSelector("[data-search-panel]")).isDisplayed(),
        "Escape clears and closes the results");
  }

  @ParameterizedTest
  @ValueSource(strings = {"index.html", "404.html", "tags/index.html"})
  void pagesHaveNoAccessibilityViolations(String page) {
    assertNoViolations(page);
  }

  @ParameterizedTest
  @MethodSource("contentPages")
  void contentPagesHaveNoAccessibilityViolations(String page) {
    assertNoViolations(page);
  }

  /** Every section page and the first page of each section: each kind of block the site uses. */
  static List<String> contentPages() throws IOException {
    try (Stream<Path> files = Files.walk(SITE)) {
      return files
          .map(file -> SITE.relativize(file).toString().replace('\\', '/'))
          .filter(
              path ->
                  path.matches("[a-z-]+/[a-z-]+\\.html")
                      && !path.startsWith("tags/")
                      && !path.startsWith("project/"))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  private static void assertNoViolations(String page) {
    browser.get(server.uri() + page);
    assertEquals("", violations(new AxeBuilder().analyze(browser)), "axe-core on " + page);
  }

  private static String violations(Results results) {
    return results.getViolations().stream().map(SiteIT::describe).collect(Collectors.joining("\n"));
  }

  private static String describe(Rule rule) {
    return rule.getId()
        + " ("
        + rule.getImpact()
        + "): "
        + rule.getHelp()
        + " at "
        + rule.getNodes().stream()
            .map(node -> String.valueOf(node.getTarget()))
            .collect(Collectors.joining(", "));
  }

  private static String firstPageContaining(String text) {
    try (Stream<Path> files = Files.walk(SITE)) {
      return files
          .filter(
              file ->
                  file.toString().endsWith(".html") && !file.startsWith(SITE.resolve("project")))
          .sorted()
          .filter(file -> read(file).contains(text))
          .map(file -> SITE.relativize(file).toString().replace('\\', '/'))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no page of the site contains " + text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
