package dev.backendhandbook.examples.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A stand-in for the other company's server, on 127.0.0.1, that fails on cue. The client's clock
 * and pauses are the test's own: a pause moves the clock instead of sleeping.
 */
class RateClientTest {
  private static final String RATE = "{\"from\": \"EUR\", \"to\": \"USD\", \"rate\": \"1.0842\"}";
  private static final Instant START = Instant.parse("2026-11-22T12:00:00Z");

  /** A clock that only moves when the client pauses. */
  private static final class ManualClock extends Clock {
    private volatile Instant now = START;

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  private final ManualClock clock = new ManualClock();
  private final List<Duration> pauses = new CopyOnWriteArrayList<>();
  private final AtomicInteger calls = new AtomicInteger();
  private final CountDownLatch stopping = new CountDownLatch(1);
  private final ExecutorService handlers = Executors.newCachedThreadPool();
  private HttpServer server;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/rates/",
        exchange -> {
          int call = calls.incrementAndGet();
          String path = exchange.getRequestURI().getPath();
          int status = 200;
          String body = RATE;
          if (path.endsWith("/FLAKY") && call == 1) {
            status = 503;
          } else if (path.endsWith("/BUSY") && call == 1) {
            status = 429;
            exchange.getResponseHeaders().set("Retry-After", "2");
          } else if (path.endsWith("/MAINTENANCE") && call == 1) {
            status = 503;
            String inThreeSeconds =
                DateTimeFormatter.RFC_1123_DATE_TIME.format(
                    START.plusSeconds(3).atZone(ZoneOffset.UTC));
            exchange.getResponseHeaders().set("Retry-After", inThreeSeconds);
          } else if (path.endsWith("/CLOSED")) {
            status = 503;
            exchange.getResponseHeaders().set("Retry-After", "120");
          } else if (path.endsWith("/DOWN")) {
            status = 503;
          } else if (path.endsWith("/SLOW")) {
            await(stopping); // answers only when the test ends
          } else if (path.endsWith("/XXX")) {
            status = 404;
            body = "{\"title\": \"Not Found\"}";
          }
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status, bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    server.setExecutor(handlers); // slow answers must not queue the rest
    server.start();
  }

  @AfterEach
  void stop() throws InterruptedException {
    stopping.countDown();
    server.stop(0);
    handlers.shutdown();
    handlers.awaitTermination(5, TimeUnit.SECONDS);
  }

  private RateClient client(URI base, int attempts, Duration budget) {
    return new RateClient(
        base,
        Duration.ofMillis(300),
        attempts,
        budget,
        clock,
        pause -> {
          pauses.add(pause);
          clock.now = clock.now.plus(pause);
        },
        new Random(42));
  }

  private RateClient client() {
    return client(
        URI.create("http://127.0.0.1:" + server.getAddress().getPort()), 3, Duration.ofSeconds(10));
  }

  @Test
  void readsTheRate() throws Exception {
    assertEquals(new BigDecimal("1.0842"), client().rate("EUR", "USD"));
    assertEquals(List.of(), pauses);
  }

  @Test
  void retriesAServerErrorAfterAJitteredPause() throws Exception {
    assertEquals(new BigDecimal("1.0842"), client().rate("EUR", "FLAKY"));
    assertEquals(2, calls.get());
    assertEquals(1, pauses.size());
    long millis = pauses.get(0).toMillis();
    assertTrue(millis >= 50 && millis <= 100, "half the first back-off plus jitter: " + millis);
  }

  @Test
  void waitsTheSecondsThatRetryAfterAsksFor() throws Exception {
    assertEquals(new BigDecimal("1.0842"), client().rate("EUR", "BUSY"));
    assertEquals(List.of(Duration.ofSeconds(2)), pauses);
  }

  @Test
  void waitsUntilTheDateThatRetryAfterNames() throws Exception {
    assertEquals(new BigDecimal("1.0842"), client().rate("EUR", "MAINTENANCE"));
    assertEquals(List.of(Duration.ofSeconds(3)), pauses);
  }

  @Test
  void givesUpAtOnceWhenRetryAfterIsBeyondTheDeadline() {
    IOException error = assertThrows(IOException.class, () -> client().rate("EUR", "CLOSED"));
    assertEquals("rate service answered 503 for EUR/CLOSED", error.getMessage());
    assertEquals(1, calls.get());
    assertEquals(List.of(), pauses, "waiting two minutes would break the ten-second deadline");
  }

  @Test
  void theDeadlineBoundsTheWholeCall() {
    RateClient patient =
        client(
            URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
            20,
            Duration.ofSeconds(1));
    assertThrows(IOException.class, () -> patient.rate("EUR", "DOWN"));
    Duration waited = pauses.stream().reduce(Duration.ZERO, Duration::plus);
    assertTrue(waited.compareTo(Duration.ofSeconds(1)) < 0, "waited " + waited);
    assertTrue(calls.get() < 20, "gave up after " + calls.get() + " calls, before the last");
  }

  @Test
  void doesNotRetryAClientError() {
    IOException error = assertThrows(IOException.class, () -> client().rate("EUR", "XXX"));
    assertEquals("rate service answered 404 for EUR/XXX", error.getMessage());
    assertEquals(1, calls.get());
  }

  @Test
  void givesUpAfterTheLastTimeout() {
    assertThrows(HttpTimeoutException.class, () -> client().rate("EUR", "SLOW"));
    assertEquals(3, calls.get());
    assertEquals(2, pauses.size());
  }

  @Test
  void retriesAConnectionThatIsReset() throws Exception {
    try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      AtomicInteger connections = new AtomicInteger();
      Thread resetEveryConnection =
          new Thread(
              () -> {
                while (true) {
                  try (Socket socket = listener.accept()) {
                    connections.incrementAndGet();
                    socket.setSoLinger(true, 0); // closing now sends a reset, not a goodbye
                  } catch (IOException closed) {
                    return; // the test closed the listener
                  }
                }
              });
      resetEveryConnection.start();
      RateClient client =
          client(
              URI.create("http://127.0.0.1:" + listener.getLocalPort()), 3, Duration.ofSeconds(10));
      assertThrows(IOException.class, () -> client.rate("EUR", "USD"));
      // The JDK's client may itself reconnect once; the pauses are this client's own retries.
      assertEquals(2, pauses.size(), "three attempts, two pauses between them");
      assertTrue(connections.get() >= 3, connections.get() + " connections");
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
