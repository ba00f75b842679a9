package dev.backendhandbook.examples.operations;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CorrelationFilterTest {
  private final CapturedLines captured = new CapturedLines();
  private final JsonLogger log =
      new JsonLogger(
          "orders",
          JsonLogger.Level.INFO,
          Clock.fixed(Instant.parse("2026-12-01T09:30:00Z"), ZoneOffset.UTC),
          captured);
  private final AtomicInteger generated = new AtomicInteger();
  private final CorrelationFilter filter =
      new CorrelationFilter(log, () -> "generated-" + generated.incrementAndGet());
  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private CorrelatedServer server;

  /** The application: it logs one line of its own, knowing nothing of correlation ids. */
  private final HttpHandler lookUpOrder =
      exchange -> {
        log.info("order found", Map.of("order_id", 42L));
        GracefulServer.respond(exchange, 200, "order 42");
      };

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private void start(HttpHandler app) throws IOException {
    server =
        CorrelatedServer.start(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), app, filter);
  }

  private HttpRequest request(String path, String correlationId) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    if (correlationId != null) {
      request.header(CorrelationFilter.HEADER, correlationId);
    }
    return request.build();
  }

  @Test
  void keepsTheCallersIdInEveryLineAndTheResponse() throws Exception {
    start(lookUpOrder);

    HttpResponse<String> response =
        client.send(
            request("/orders/42?email=ann@example.com", "checkout-7f3a"),
            HttpResponse.BodyHandlers.ofString());

    assertEquals(200, response.statusCode());
    assertEquals(
        "checkout-7f3a", response.headers().firstValue(CorrelationFilter.HEADER).orElse(""));
    List<String> lines = captured.afterRequests(1);
    List<Map<String, String>> parsed = CapturedLines.parse(lines);
    assertEquals(
        List.of("request received", "order found", "request completed"),
        parsed.stream().map(line -> line.get("message")).collect(toList()));
    for (Map<String, String> line : parsed) {
      assertEquals("checkout-7f3a", line.get("correlation_id"), line.toString());
      assertEquals("2026-12-01T09:30:00Z", line.get("time"));
      assertEquals("orders", line.get("logger"));
    }
    assertEquals("GET", parsed.get(0).get("method"));
    assertEquals("/orders/42", parsed.get(0).get("path"));
    assertEquals("200", parsed.get(2).get("status"));
    assertTrue(parsed.get(2).get("duration_ms").matches("[0-9]+"));
    assertFalse(
        String.join("\n", lines).contains("ann@example.com"),
        "the query string, with its e-mail address, is never logged");
  }

  @Test
  void makesANewIdWhenTheCallerSentNone() throws Exception {
    start(lookUpOrder);

    HttpResponse<String> response =
        client.send(request("/orders/42", null), HttpResponse.BodyHandlers.ofString());

    assertEquals("generated-1", response.headers().firstValue(CorrelationFilter.HEADER).get());
    List<Map<String, String>> parsed = CapturedLines.parse(captured.afterRequests(1));
    assertEquals(3, parsed.size());
    parsed.forEach(line -> assertEquals("generated-1", line.get("correlation_id")));
  }

  @Test
  void replacesAnIdThatCouldForgeLogLines() throws Exception {
    start(lookUpOrder);

    HttpResponse<String> response =
        client.send(
            request("/orders/42", "x\",\"level\":\"DEBUG"), HttpResponse.BodyHandlers.ofString());

    assertEquals("generated-1", response.headers().firstValue(CorrelationFilter.HEADER).get());
    CapturedLines.parse(captured.afterRequests(1))
        .forEach(line -> assertEquals("generated-1", line.get("correlation_id")));
  }

  @Test
  void concurrentRequestsNeverMixTheirIds() throws Exception {
    CountDownLatch bothInside = new CountDownLatch(2);
    start(
        exchange -> {
          log.info("looking up order", Map.of());
          bothInside.countDown();
          try {
            // Neither request goes on until both are in flight, so their lines interleave.
            if (!bothInside.await(10, TimeUnit.SECONDS)) {
              throw new IOException("the other request never arrived");
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
          }
          log.info("order found", Map.of());
          GracefulServer.respond(exchange, 200, "ok");
        });

    CompletableFuture<HttpResponse<String>> first =
        client.sendAsync(request("/orders/1", "req-a"), HttpResponse.BodyHandlers.ofString());
    CompletableFuture<HttpResponse<String>> second =
        client.sendAsync(request("/orders/2", "req-b"), HttpResponse.BodyHandlers.ofString());

    assertEquals(
        "req-a",
        first.get(10, TimeUnit.SECONDS).headers().firstValue(CorrelationFilter.HEADER).get());
    assertEquals(
        "req-b",
        second.get(10, TimeUnit.SECONDS).headers().firstValue(CorrelationFilter.HEADER).get());
    Map<String, List<String>> messagesById =
        CapturedLines.parse(captured.afterRequests(2)).stream()
            .collect(
                groupingBy(
                    line -> line.get("correlation_id"),
                    mapping(line -> line.get("message") + " " + line.get("path"), toList())));
    assertEquals(
        Map.of(
            "req-a",
            List.of(
                "request received /orders/1",
                "looking up order null",
                "order found null",
                "request completed null"),
            "req-b",
            List.of(
                "request received /orders/2",
                "looking up order null",
                "order found null",
                "request completed null")),
        messagesById);
  }
}
