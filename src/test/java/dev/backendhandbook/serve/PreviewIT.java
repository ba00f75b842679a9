package dev.backendhandbook.serve;

import static dev.backendhandbook.testing.Trees.goodSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backendhandbook.cli.Main;
import dev.backendhandbook.testing.Chromium;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code handbook serve} as a writer meets it: a page open in Chromium follows each save, keeps its
 * place, shows a mistake as a banner with its file and line, and clears it on the next good save;
 * the server serves nothing outside its folder.
 */
class PreviewIT {
  @TempDir static Path work;
  private static Path source;
  private static Thread serve;
  private static final StringWriter out = new StringWriter();
  private static final StringWriter err = new StringWriter();
  private static URI base;
  private static Chromium chromium;

  @BeforeAll
  static void startServe() throws Exception {
    source = work.resolve("source");
    goodSource(source);
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    base = URI.create("http://127.0.0.1:" + port + "/");
    serve =
        new Thread(
            () ->
                Main.run(
                    new PrintWriter(out, true),
                    new PrintWriter(err, true),
                    "serve",
                    "--port=" + port,
                    "--output=" + work.resolve("preview"),
                    "--cache=" + work.resolve("cache"),
                    source.toString()),
            "serve");
    serve.setDaemon(true);
    serve.start();
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (!err.toString().contains("serving ")) {
      assertTrue(System.nanoTime() < deadline, "serve did not start: " + err);
      Thread.sleep(50);
    }
    chromium = Chromium.start(1280, 900);
  }

  @AfterAll
  static void stopServe() throws Exception {
    if (chromium != null) {
      chromium.close();
    }
    serve.interrupt();
    serve.join(5_000);
  }

  @Test
  void anOpenPageFollowsEachSaveKeepsItsPlaceAndShowsMistakes() throws Exception {
    WebDriver browser = chromium.driver();
    JavascriptExecutor script = (JavascriptExecutor) browser;
    browser.get(base.resolve("guide/second-page.html").toString());
    waitUntil(
        browser,
        "the preview's script has connected",
        () -> browser.getPageSource().contains("_preview/preview.js"));
    script.executeScript("document.body.style.minHeight = '3000px'; window.scrollTo(0, 400);");
    script.executeScript("window.notReloaded = true;");

    Path page = source.resolve("content/guide/second-page.adoc");
    String original = Files.readString(page);
    Files.writeString(page, original.replace("The details live here.", "The details moved here."));
    waitUntil(
        browser,
        "the page reloaded with the edit",
        () ->
            browser.findElement(By.tagName("body")).getText().contains("The details moved here."));
    assertEquals(null, script.executeScript("return window.notReloaded;"), "the page reloaded");

    Files.writeString(
        page,
        original.replace(
            "Back to xref:first-page.adoc[the first page].",
            "Back to xref:first-pgae.adoc[the first page]."));
    waitUntil(
        browser,
        "the banner names the broken reference",
        () ->
            bannerText(browser)
                .contains(
                    "second-page.adoc:9:14: error: xref: xref 'first-pgae.adoc' names a page that"
                        + " does not exist"));

    Files.writeString(page, original);
    waitUntil(
        browser,
        "the next good save clears the banner",
        () ->
            bannerText(browser).isEmpty()
                && browser
                    .findElement(By.tagName("body"))
                    .getText()
                    .contains("The details live here."));
  }

  @Test
  void servesNothingOutsideItsFolder() throws Exception {
    Path secret = Files.writeString(work.resolve("secret.txt"), "not for readers");
    Files.createSymbolicLink(work.resolve("preview/leak.txt"), secret);
    HttpClient client = HttpClient.newHttpClient();
    for (String path :
        new String[] {
          "../secret.txt", "%2e%2e/secret.txt", "guide/%2E%2E/%2E%2E/secret.txt", "leak.txt"
        }) {
      HttpResponse<String> response =
          client.send(
              HttpRequest.newBuilder(URI.create(base + path)).build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(404, response.statusCode(), path);
      assertTrue(!response.body().contains("not for readers"), path);
    }
    HttpResponse<String> post =
        client.send(
            HttpRequest.newBuilder(base).POST(HttpRequest.BodyPublishers.noBody()).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(405, post.statusCode());
    assertEquals("GET, HEAD", post.headers().firstValue("Allow").orElse(""));
    HttpResponse<String> head =
        client.send(
            HttpRequest.newBuilder(base.resolve("index.html"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, head.statusCode());
    assertEquals("", head.body());
    HttpResponse<String> missing =
        client.send(
            HttpRequest.newBuilder(base.resolve("guide/x/no-such-page.html")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(404, missing.statusCode());
    assertTrue(missing.body().contains("Page not found"), missing.body());
  }

  private static String bannerText(WebDriver browser) {
    return browser.findElements(By.id("handbook-preview-problems")).stream()
        .map(e -> e.getText())
        .findFirst()
        .orElse("");
  }

  private static void waitUntil(
      WebDriver browser, String what, java.util.function.BooleanSupplier condition) {
    new WebDriverWait(browser, Duration.ofSeconds(60))
        .withMessage(() -> what + "; serve said: " + err)
        .until(
            b -> {
              try {
                return condition.getAsBoolean();
              } catch (RuntimeException stale) {
                return false; // the page was reloading
              }
            });
  }
}
