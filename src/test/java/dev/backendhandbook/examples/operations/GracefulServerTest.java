package dev.backendhandbook.examples.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GracefulServerTest {
  private final CountDownLatch entered = new CountDownLatch(1);
  private final CountDownLatch release = new CountDownLatch(1);
  private final AtomicInteger handled = new AtomicInteger();
  private final AtomicBoolean poolClosed = new AtomicBoolean();
  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private GracefulServer server;

  /** A slow request: it signals that it has started, then waits until the test releases it. */
  private final HttpHandler slowOrder =
      exchange -> {
        handled.incrementAndGet();
        entered.countDown();
        try {
          if (!release.await(10, TimeUnit.SECONDS)) {
            throw new IOException("the test never released the request");
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted by shutdown", e);
        }
        GracefulServer.respond(exchange, 200, "order placed");
      };

  @BeforeEach
  void start() throws IOException {
    server =
        GracefulServer.start(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
            slowOrder,
            () -> poolClosed.set(true));
  }

  @AfterEach
  void releaseAndStop() throws Exception {
    release.countDown();
    server.shutdown(Duration.ZERO).get(10, TimeUnit.SECONDS);
  }

  private HttpRequest get(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build();
  }

  private int status(String path) throws IOException, InterruptedException {
    return client.send(get(path), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  @Test
  void finishesTheRequestInFlightAndRefusesNewOnes() throws Exception {
    int port = server.port();
    CompletableFuture<HttpResponse<String>> inFlight =
        client.sendAsync(get("/orders"), HttpResponse.BodyHandlers.ofString());
    assertTrue(entered.await(10, TimeUnit.SECONDS), "the slow request has started");
    assertEquals(200, status("/health/ready"));

    CompletableFuture<Boolean> stopped = server.shutdown(Duration.ofSeconds(30));

    assertEquals(503, status("/health/ready"), "not ready first, so traffic moves away");
    assertEquals(200, status("/health/live"), "still alive: draining is not a reason to restart");
    assertEquals(503, status("/orders"), "new work is refused while draining");
    assertEquals(1, handled.get(), "the refused request never reached the application");
    assertFalse(stopped.isDone(), "shutdown waits for the request in flight");
    assertFalse(poolClosed.get(), "the pool stays open while a request may need it");

    release.countDown();

    HttpResponse<String> finished = inFlight.get(10, TimeUnit.SECONDS);
    assertEquals(200, finished.statusCode());
    assertEquals("order placed", finished.body());
    assertTrue(stopped.get(10, TimeUnit.SECONDS), "every request finished in time");
    assertTrue(poolClosed.get(), "the pool is closed last");
    assertThrows(
        ConnectException.class,
        () -> new Socket(InetAddress.getLoopbackAddress(), port).close(),
        "after shutdown nothing listens on the port");
  }

  @Test
  void aStuckRequestCannotHoldUpShutdownForever() throws Exception {
    CompletableFuture<HttpResponse<String>> stuck =
        client.sendAsync(get("/orders"), HttpResponse.BodyHandlers.ofString());
    assertTrue(entered.await(10, TimeUnit.SECONDS));

    CompletableFuture<Boolean> stopped = server.shutdown(Duration.ofMillis(50));

    assertFalse(stopped.get(10, TimeUnit.SECONDS), "the drain timed out with a request running");
    assertTrue(poolClosed.get(), "resources are closed all the same");
    assertThrows(ExecutionException.class, () -> stuck.get(10, TimeUnit.SECONDS));
  }
}
