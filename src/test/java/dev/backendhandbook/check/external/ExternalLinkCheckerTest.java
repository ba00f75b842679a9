package dev.backendhandbook.check.external;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives the external link checker against a small server on 127.0.0.1 that misbehaves on cue. */
class ExternalLinkCheckerTest {
  private static final Clock NOW =
      Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);
  private static final ExternalLinkChecker.Settings FAST =
      new ExternalLinkChecker.Settings(
          Duration.ofMillis(500), 8, 2, 2, Duration.ofMillis(50), Duration.ofSeconds(2));

  private HttpServer server;
  private String base;
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger busyAnswers = new AtomicInteger();
  private final AtomicInteger active = new AtomicInteger();
  private final AtomicInteger mostActive = new AtomicInteger();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/", this::answer);
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void answer(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      switch (path) {
        case "/ok" -> exchange.sendResponseHeaders(200, -1);
        case "/moved" -> redirect(exchange, "/moved-again");
        case "/moved-again" -> redirect(exchange, "/ok");
        case "/loop" -> redirect(exchange, "/loop");
        case "/missing" -> exchange.sendResponseHeaders(404, -1);
        case "/busy" -> {
          if (busyAnswers.getAndIncrement() == 0) {
            exchange.getResponseHeaders().set("Retry-After", "1");
            exchange.sendResponseHeaders(429, -1);
          } else {
            exchange.sendResponseHeaders(200, -1);
          }
        }
        case "/slow" -> {
          pause(1500);
          exchange.sendResponseHeaders(200, -1);
        }
        case "/get-only" ->
            exchange.sendResponseHeaders(
                exchange.getRequestMethod().equals("HEAD") ? 405 : 200, -1);
        default -> {
          // Counted down before the answer leaves: once the client has it, it may ask again.
          mostActive.accumulateAndGet(active.incrementAndGet(), Math::max);
          pause(100);
          active.decrementAndGet();
          exchange.sendResponseHeaders(200, -1);
        }
      }
    }
  }

  private static void redirect(HttpExchange exchange, String to) throws IOException {
    exchange.getResponseHeaders().set("Location", to);
    exchange.sendResponseHeaders(301, -1);
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private Map<String, LinkStatus> check(LinkCache cache, String... paths) throws Exception {
    List<String> urls = java.util.Arrays.stream(paths).map(path -> base + path).toList();
    return new ExternalLinkChecker(FAST, cache, NOW).check(urls);
  }

  private String problem(Map<String, LinkStatus> results, String path) {
    return results.get(base + path).problem();
  }

  @Test
  void reportsEachKindOfAnswer() throws Exception {
    Map<String, LinkStatus> results =
        check(
            LinkCache.open(null, Duration.ofDays(1)),
            "/ok",
            "/moved",
            "/missing",
            "/busy",
            "/slow",
            "/get-only",
            "/loop");
    assertNull(problem(results, "/ok"));
    assertNull(problem(results, "/moved"), "a chain of 301s ending in 200 works");
    assertEquals("answered 404", problem(results, "/missing"));
    assertNull(problem(results, "/busy"), "a 429 with Retry-After is retried");
    assertEquals(2, busyAnswers.get());
    assertEquals("timed out after 500 ms", problem(results, "/slow"));
    assertNull(problem(results, "/get-only"), "a server refusing HEAD is asked with GET");
    assertEquals("redirects more than 5 times", problem(results, "/loop"));
  }

  @Test
  void neverAsksOneHostMoreThanItsLimitAtOnce() throws Exception {
    String[] paths = IntStream.range(0, 8).mapToObj(i -> "/page-" + i).toArray(String[]::new);
    Map<String, LinkStatus> results = check(LinkCache.open(null, Duration.ofDays(1)), paths);
    assertTrue(results.values().stream().noneMatch(LinkStatus::isBroken));
    assertEquals(8, requests.get());
    assertTrue(
        mostActive.get() <= 2, "at most 2 requests to one host at once, saw " + mostActive.get());
  }

  @Test
  void cacheSkipsWorkingLinksAndRetriesBrokenOnes(@TempDir Path work) throws Exception {
    Path file = work.resolve("links.cache");
    LinkCache first = LinkCache.open(file, Duration.ofDays(1));
    check(first, "/ok", "/missing");
    first.save();
    assertEquals(List.of("1795348800 200 " + base + "/ok"), Files.readAllLines(file));

    requests.set(0);
    Map<String, LinkStatus> again =
        check(LinkCache.open(file, Duration.ofDays(1)), "/ok", "/missing");
    assertNull(problem(again, "/ok"));
    assertEquals("answered 404", problem(again, "/missing"));
    assertEquals(1, requests.get(), "only the broken link is asked again");
  }
}
