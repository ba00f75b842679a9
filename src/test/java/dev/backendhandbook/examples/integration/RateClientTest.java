package dev.backendhandbook.examples.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A stand-in for the other company's server, on 127.0.0.1, that fails on cue. */
class RateClientTest {
  private HttpServer server;
  private RateClient client;
  private final AtomicInteger calls = new AtomicInteger();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/rates/",
        exchange -> {
          int call = calls.incrementAndGet();
          String path = exchange.getRequestURI().getPath();
          int status = 200;
          String body = "{\"from\": \"EUR\", \"to\": \"USD\", \"rate\": \"1.0842\"}";
          if (path.endsWith("/FLAKY") && call == 1) {
            status = 503;
          } else if (path.endsWith("/SLOW")) {
            try {
              Thread.sleep(1000);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          } else if (path.endsWith("/XXX")) {
            status = 404;
            body = "{\"title\": \"Not Found\"}";
          }
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status, bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    server.setExecutor(
        java.util.concurrent.Executors
            .newCachedThreadPool()); // slow answers must not queue the rest
    server.start();
    client =
        new RateClient(
            URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
            Duration.ofMillis(300),
            3);
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void readsTheRate() throws Exception {
    assertEquals(new BigDecimal("1.0842"), client.rate("EUR", "USD"));
  }

  @Test
  void retriesAServerErrorThenSucceeds() throws Exception {
    assertEquals(new BigDecimal("1.0842"), client.rate("EUR", "FLAKY"));
    assertEquals(2, calls.get());
  }

  @Test
  void doesNotRetryAClientError() {
    IOException error = assertThrows(IOException.class, () -> client.rate("EUR", "XXX"));
    assertEquals("rate service answered 404 for EUR/XXX", error.getMessage());
    assertEquals(1, calls.get());
  }

  @Test
  void givesUpAfterTheLastTimeout() {
    assertThrows(HttpTimeoutException.class, () -> client.rate("EUR", "SLOW"));
    assertEquals(3, calls.get());
  }
}
