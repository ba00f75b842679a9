package dev.backendhandbook.site;

import static dev.backendhandbook.site.BuiltSite.LONG_PAGE;
import static dev.backendhandbook.site.BuiltSite.SCREENSHOTS;
import static dev.backendhandbook.site.BuiltSite.SITE;
import static dev.backendhandbook.site.BuiltSite.assertBuilt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The built handbook in a real browser (Debian's Chromium), opened both from disk and over
 * http://127.0.0.1, as readers meet it. Runs after {@code package}, on {@code target/site}.
 */
class SiteIT {
  private static final Dimension DESKTOP = new Dimension(1280, 900);
  private static final Dimension PHONE = new Dimension(390, 844);
  private static PreviewServer server;
  private static ProjectSiteServer githubPages;
  private static SiteBrowser chromium;
  private static WebDriver browser;

  @BeforeAll
  static void start() throws IOException {
    assertBuilt();
    server = PreviewServer.start(SITE, 0);
    githubPages = ProjectSiteServer.start(SITE, "handbook");
    chromium = SiteBrowser.start(DESKTOP.width, DESKTOP.height, true);
    browser = chromium.driver();
  }

  @AfterAll
  static void stop() throws IOException {
    if (chromium != null) {
      chromium.close();
    }
    if (server != null) {
      server.close();
    }
    if (githubPages != null) {
      githubPages.close();
    }
  }

  /** The two ways a reader opens the site. */
  static List<String> bases() {
    return BuiltSite.bases(server);
  }

  private static Object script(String code, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(code, args);
  }

  private static void open(String url) {
    browser.manage().window().setSize(DESKTOP);
    load(url);
  }

  /**
   * Opens a page and waits until its heading is there: chromedriver has been seen to answer a query
   * on the page before it, just after a navigation.
   */
  private static void load(String url) {
    browser.get(url);
    awaitHeading();
  }

  private static void reload() {
    browser.navigate().refresh();
    awaitHeading();
  }

  private static void awaitHeading() {
    try {
      new WebDriverWait(browser, Duration.ofSeconds(10))
          .until(d -> !d.findElements(By.cssSelector("main h1")).isEmpty());
    } catch (org.openqa.selenium.TimeoutException e) {
      // the caller's own assertions say what is missing
    }
  }

  private static String h1() {
    return browser.findElement(By.tagName("h1")).getText();
  }

  @ParameterizedTest
  @MethodSource("bases")
  void everyPageOpensWithNoConsoleErrorsAndNoFailedRequests(String base) {
    chromium.consoleErrors();
    List<String> problems = new ArrayList<>();
    for (String page : allPages()) {
      load(base + page);
      if (browser.findElements(By.cssSelector("main h1")).isEmpty()) {
        problems.add(page + ": no heading shown: " + browser.getPageSource().length() + " chars");
      }
      chromium.consoleErrors().forEach(error -> problems.add(page + ": " + error));
    }
    assertEquals("", String.join("\n", problems));
  }

  @ParameterizedTest
  @MethodSource("bases")
  void sectionNavigationMarksThePageAndOpensOnlyItsSection(String base) {
    open(base + "index.html");
    WebElement group = browser.findElement(By.cssSelector(".nav-group"));
    assertNull(group.getDomAttribute("open"), "no section is open on the home page");
    group.findElement(By.tagName("summary")).click();
    WebElement firstPage = group.findElements(By.cssSelector(".nav-pages a")).get(1);
    String title = firstPage.getText();
    firstPage.click();
    assertEquals(title, h1());
    WebElement current = browser.findElement(By.cssSelector(".site-nav a[aria-current=page]"));
    assertEquals(title, current.getText());
    List<WebElement> open = browser.findElements(By.cssSelector(".nav-group[open]"));
    assertEquals(1, open.size(), "only the current section is open");
    assertEquals(1, open.get(0).findElements(By.cssSelector("a[aria-current=page]")).size());
    browser.findElement(By.cssSelector(".site-title")).click();
    assertEquals(base + "index.html", browser.getCurrentUrl());
  }

  @ParameterizedTest
  @MethodSource("bases")
  void breadcrumbsAndPreviousNextFollowTheReadingOrder(String base) {
    open(base + LONG_PAGE);
    List<WebElement> crumbs = browser.findElements(By.cssSelector("nav[aria-label=Breadcrumb] a"));
    assertEquals(base + "index.html", crumbs.get(0).getDomProperty("href"), "the first is home");
    assertEquals("page", crumbs.get(crumbs.size() - 1).getDomAttribute("aria-current"));
    assertEquals(h1(), crumbs.get(crumbs.size() - 1).getText());
    String page = h1();
    WebElement next = browser.findElement(By.cssSelector(".pager a[rel=next]"));
    String nextTitle = next.getText().replaceFirst("^Next\\s+", "");
    next.click();
    assertEquals(nextTitle, h1());
    browser.findElement(By.cssSelector(".pager a[rel=prev]")).click();
    assertEquals(page, h1());
    assertEquals(
        1, browser.findElements(By.cssSelector("head link[rel=next]")).size(), "rel=next in head");
    WebElement section =
        browser.findElements(By.cssSelector("nav[aria-label=Breadcrumb] a")).get(1);
    String sectionTitle = section.getText();
    section.click();
    assertEquals(sectionTitle, h1(), "the middle crumb is the page's section");
  }

  @ParameterizedTest
  @MethodSource("bases")
  void tableOfContentsLeadsToHeadingsAndMarksTheOneInView(String base) {
    open(base + LONG_PAGE);
    WebElement aside = browser.findElement(By.cssSelector(".toc-aside"));
    assertTrue(aside.isDisplayed(), "the contents sit beside the article on a desktop");
    assertFalse(browser.findElement(By.cssSelector(".toc-inline")).isDisplayed());
    WebElement second = aside.findElements(By.cssSelector("a")).get(1);
    String id = second.getDomAttribute("href").substring(1);
    second.click();
    assertTrue(browser.getCurrentUrl().endsWith("#" + id), browser.getCurrentUrl());
    new WebDriverWait(browser, Duration.ofSeconds(5))
        .until(d -> "true".equals(second.getDomAttribute("aria-current")));
    assertEquals(1, aside.findElements(By.cssSelector("a[aria-current]")).size());

    browser.manage().window().setSize(PHONE);
    reload();
    WebElement inline = browser.findElement(By.cssSelector(".toc-inline"));
    assertTrue(inline.isDisplayed(), "on a phone the contents sit at the top of the article");
    assertNull(inline.getDomAttribute("open"), "collapsed");
    assertFalse(browser.findElement(By.cssSelector(".toc-aside")).isDisplayed());
    inline.findElement(By.tagName("summary")).click();
    assertTrue(inline.findElement(By.cssSelector("a[href='#" + id + "']")).isDisplayed());
    browser.manage().window().setSize(DESKTOP);
  }

  /**
   * Which parts show at each width: the navigation, and the contents beside or atop the article.
   */
  @Test
  void phoneTabletAndDesktopLayouts() {
    record Layout(int width, boolean nav, boolean menuLink, boolean tocAside, boolean tocInline) {}
    for (Layout expected :
        List.of(
            new Layout(390, false, true, false, true),
            new Layout(820, true, false, false, true),
            new Layout(1280, true, false, true, false))) {
      browser.manage().window().setSize(new Dimension(expected.width(), 900));
      load(server.uri() + LONG_PAGE);
      Layout shown =
          new Layout(
              expected.width(),
              browser.findElement(By.cssSelector(".site-nav")).isDisplayed(),
              browser.findElement(By.cssSelector(".menu-open")).isDisplayed(),
              browser.findElement(By.cssSelector(".toc-aside")).isDisplayed(),
              browser.findElement(By.cssSelector(".toc-inline")).isDisplayed());
      assertEquals(expected, shown);
      assertTrue(
          ((Number) script("return document.documentElement.scrollWidth")).intValue()
              <= expected.width(),
          "nothing overflows the window sideways at " + expected.width() + " px");
    }
    browser.manage().window().setSize(DESKTOP);
  }

  /** Paper gets the article alone, with the address of each link printed after it. */
  @Test
  void printStylesheetDropsTheChromeAndPrintsLinkAddresses() {
    open(server.uri() + LONG_PAGE);
    chromium.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      for (String chrome :
          List.of(".site-header", ".site-nav", ".toc-aside", ".pager", ".site-footer")) {
        assertFalse(browser.findElement(By.cssSelector(chrome)).isDisplayed(), chrome);
      }
      WebElement link = browser.findElement(By.cssSelector(".page-body a[href$='.html']"));
      assertEquals(
          "\" (" + link.getDomAttribute("href") + ")\"",
          script("return getComputedStyle(arguments[0], '::after').content", link));
    } finally {
      chromium.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
  }

  @ParameterizedTest
  @MethodSource("bases")
  void headingsLinkToThemselvesAndListingsCanBeCopied(String base) {
    open(base + LONG_PAGE);
    WebElement heading = browser.findElement(By.cssSelector(".page-body h2[id]"));
    WebElement self = heading.findElement(By.cssSelector("a.heading-link"));
    assertEquals("#" + heading.getDomAttribute("id"), self.getDomAttribute("href"));
    assertEquals("Link to this section", self.getDomAttribute("aria-label"));
    load(base + firstPageContaining("class=\"listingblock\""));
    WebElement copy = browser.findElement(By.cssSelector(".listingblock .copy-button"));
    assertEquals("Copy", copy.getText());
    copy.click();
    new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> !copy.getText().equals("Copy"));
  }

  @ParameterizedTest
  @MethodSource("bases")
  void diagramsLoadAndCodeIsHighlighted(String base) {
    open(base + firstPageContaining("class=\"imageblock\""));
    for (WebElement image : browser.findElements(By.cssSelector(".imageblock img"))) {
      assertTrue(
          ((Number) script("return arguments[0].naturalWidth", image)).intValue() > 0,
          "diagram did not load: " + image.getDomAttribute("src"));
      assertFalse(image.getDomAttribute("alt").isBlank(), "diagram without a text alternative");
    }
    load(base + firstPageContaining("class=\"rouge highlight\""));
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
    open(base + "index.html");
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
  void themeToggleSaysWhatItDoesSwitchesAndRemembers(String base) {
    open(base + "index.html");
    WebElement toggle = browser.findElement(By.cssSelector("[data-theme-toggle]"));
    assertTrue(toggle.isDisplayed(), "with JavaScript on, the toggle shows");
    String before = browser.findElement(By.tagName("body")).getCssValue("background-color");
    assertEquals("Switch to dark theme", toggle.getText(), "headless Chromium prefers light");
    toggle.click();
    assertEquals("Switch to light theme", toggle.getText());
    assertNotEquals(
        before, browser.findElement(By.tagName("body")).getCssValue("background-color"));
    reload();
    assertEquals("dark", script("return document.documentElement.dataset.theme"));
    assertEquals(
        "Switch to light theme",
        browser.findElement(By.cssSelector("[data-theme-toggle]")).getText());
    script("localStorage.clear()");
  }

  @ParameterizedTest
  @MethodSource("bases")
  void searchByKeyboardListsPageSectionAndSnippetAndLandsOnTheHeading(String base) {
    open(base + "running/web-servers.html");
    WebElement input = browser.findElement(By.id("search-input"));
    assertTrue(input.isDisplayed(), "with JavaScript on, the search box shows");
    new Actions(browser).sendKeys("/").perform();
    assertEquals(input, browser.switchTo().activeElement(), "/ focuses the search box");
    input.sendKeys("query plan");
    WebElement status = browser.findElement(By.cssSelector("[data-search-status]"));
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(
            d -> status.getText().endsWith("results.") || status.getText().contains("are shown"));
    List<WebElement> results = browser.findElements(By.cssSelector(".search-results a"));
    List<String> hrefs = results.stream().map(a -> a.getDomProperty("href")).toList();
    assertTrue(
        hrefs.stream().anyMatch(href -> href.startsWith(base + LONG_PAGE + "#")),
        "a section of the database performance page is found: " + hrefs);
    WebElement first = results.get(0);
    assertFalse(first.findElement(By.cssSelector(".search-result-section")).getText().isBlank());
    String marked = first.findElement(By.cssSelector(".search-result-snippet mark")).getText();
    assertTrue(marked.matches("(?i)query|plan"), "the snippet marks a word searched: " + marked);
    if (base.startsWith("http")) {
      assertEquals(
          "",
          violations(new AxeBuilder().analyze(browser)),
          "axe-core with the search results open");
    }
    input.sendKeys(Keys.ARROW_DOWN);
    assertEquals(first, browser.switchTo().activeElement(), "ArrowDown moves to the results");
    browser.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
    assertEquals(results.get(1), browser.switchTo().activeElement());
    browser.switchTo().activeElement().sendKeys(Keys.ARROW_UP);
    browser.switchTo().activeElement().sendKeys(Keys.ARROW_UP);
    assertEquals(input, browser.switchTo().activeElement(), "ArrowUp goes back to the box");
    input.sendKeys(Keys.ENTER);
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(d -> d.getCurrentUrl().equals(hrefs.get(0)));
    String fragment = hrefs.get(0).substring(hrefs.get(0).indexOf('#') + 1);
    assertEquals(
        true,
        script(
            "var e = document.getElementById(arguments[0]);"
                + " return !!e && Math.abs(e.getBoundingClientRect().top) < 2",
            fragment),
        "lands on the heading or term that matched, at the top of the window: " + hrefs.get(0));
  }

  @ParameterizedTest
  @MethodSource("bases")
  void searchTakesQuerySyntaxAsTextAndSaysWhenNothingMatches(String base) {
    open(base + "index.html");
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
  @MethodSource("bases")
  void phoneMenuOpensWithJavaScriptOff(String base) throws IOException {
    try (SiteBrowser phone = SiteBrowser.start(PHONE.width, PHONE.height, false)) {
      WebDriver driver = phone.driver();
      driver.get(base + LONG_PAGE);
      WebElement nav = driver.findElement(By.cssSelector(".site-nav"));
      assertFalse(nav.isDisplayed(), "the menu starts closed");
      assertFalse(driver.findElement(By.cssSelector("[data-search]")).isDisplayed());
      assertFalse(driver.findElement(By.cssSelector("[data-theme-toggle]")).isDisplayed());
      driver.findElement(By.linkText("Menu")).click();
      assertTrue(nav.isDisplayed(), "Menu opens the navigation without a script");
      WebElement current = nav.findElement(By.cssSelector("a[aria-current=page]"));
      assertTrue(current.isDisplayed(), "the current section is open");
      driver.findElement(By.linkText("Close the menu")).click();
      assertFalse(nav.isDisplayed());
    }
  }

  /** GitHub Pages answers a missing page of a project site with 404.html at the asked address. */
  @Test
  void notFoundPageKeepsItsStyleAndLinksAtAnyDepthOnGitHubPages() {
    assertNotFoundPageWorks(
        githubPages.root() + "data/no/such/page.html", githubPages.root().toString());
  }

  @Test
  void notFoundPageKeepsItsStyleAndLinksAtAnyDepthInServe() {
    assertNotFoundPageWorks(server.uri() + "data/no/such/page.html", server.uri().toString());
  }

  @Test
  void notFoundPageKeepsItsStyleAndLinksFromDisk() {
    assertNotFoundPageWorks(SITE.toUri() + "404.html", SITE.toUri().toString());
  }

  private static void assertNotFoundPageWorks(String url, String root) {
    chromium.consoleErrors();
    open(url);
    assertEquals("Page not found", h1());
    assertEquals(
        List.of(),
        chromium.consoleErrors().stream()
            .filter(error -> !error.startsWith(url + " - Failed to load resource: the server"))
            .toList(),
        "no CSP violation, no failed request but the page's own 404");
    assertEquals(
        "flex",
        browser.findElement(By.cssSelector(".site-header")).getCssValue("display"),
        "the stylesheet applies");
    assertEquals(
        root + "index.html",
        browser.findElement(By.cssSelector(".site-title")).getDomProperty("href"));
    assertTrue(browser.findElement(By.id("search-input")).isDisplayed(), "search.js ran");
    assertEquals(
        url.replaceFirst("#.*", "") + "#main",
        browser.findElement(By.cssSelector(".skip-link")).getDomProperty("href"));
    List<WebElement> sections = browser.findElements(By.cssSelector(".section-cards a"));
    assertFalse(sections.isEmpty(), "the sections are listed");
    String title = sections.get(0).getText();
    sections.get(0).click();
    assertEquals(title, h1());
  }

  /** Every page of the site, the project reports included, in light and in dark. */
  @ParameterizedTest
  @MethodSource("allPages")
  void everyPageHasNoAccessibilityViolationsInEitherTheme(String page) {
    for (String theme : List.of("light", "dark")) {
      open(server.uri() + page);
      script("localStorage.setItem('handbook-theme', arguments[0])", theme);
      reload();
      assertEquals(theme, script("return document.documentElement.dataset.theme"));
      assertEquals(
          "", violations(new AxeBuilder().analyze(browser)), "axe-core on " + page + ", " + theme);
    }
    script("localStorage.clear()");
  }

  @Test
  void screenshotsOfTheHomePageAndAContentPage() throws IOException {
    Files.createDirectories(SCREENSHOTS);
    for (String page : List.of("index.html", LONG_PAGE)) {
      for (String theme : List.of("light", "dark")) {
        for (Dimension size : List.of(DESKTOP, PHONE)) {
          browser.manage().window().setSize(size);
          load(server.uri() + page);
          script("localStorage.setItem('handbook-theme', arguments[0])", theme);
          reload();
          String name =
              page.replace('/', '-').replace(".html", "")
                  + "-"
                  + (size.equals(DESKTOP) ? "desktop" : "phone")
                  + "-"
                  + theme
                  + ".png";
          byte[] png =
              ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
          Files.write(SCREENSHOTS.resolve(name), png);
          assertTrue(png.length > 1000, name);
        }
      }
    }
    script("localStorage.clear()");
    browser.manage().window().setSize(DESKTOP);
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

  /** Every HTML page of the built site, by path relative to its root. */
  static List<String> allPages() {
    try (Stream<Path> files = Files.walk(SITE)) {
      return files
          .filter(file -> file.toString().endsWith(".html"))
          .map(file -> SITE.relativize(file).toString().replace('\\', '/'))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String firstPageContaining(String text) {
    return allPages().stream()
        .filter(page -> !page.startsWith("project/"))
        .filter(page -> read(SITE.resolve(page)).contains(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no page of the site contains " + text));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
