package dev.backendhandbook.examples.operations;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An HTTP server that shuts down without dropping requests: it reports not ready, refuses new work,
 * lets the requests already running finish, and only then closes its socket and its pools.
 */
public final class GracefulServer {
  private final HttpServer server;
  private final ExecutorService executor;
  private final AutoCloseable resources;

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition idle = lock.newCondition();
  private int inFlight; // guarded by lock
  private boolean draining; // guarded by lock
  private CompletableFuture<Boolean> stopping; // guarded by lock; null until shutdown starts

  private GracefulServer(HttpServer server, ExecutorService executor, AutoCloseable resources) {
    this.server = server;
    this.executor = executor;
    this.resources = resources;
  }

  /**
   * Serves {@code app} on {@code address}, with health checks under {@code /health}; {@code
   * resources}, such as a connection pool, are closed last on shutdown.
   */
  public static GracefulServer start(
      InetSocketAddress address, HttpHandler app, AutoCloseable resources) throws IOException {
    HttpServer http = HttpServer.create(address, 0);
    ExecutorService executor = Executors.newFixedThreadPool(8);
    http.setExecutor(executor);
    GracefulServer graceful = new GracefulServer(http, executor, resources);
    // tag::probes[]
    // Liveness: is this process able to answer at all? Nothing else, and never the database.
    http.createContext("/health/live", exchange -> respond(exchange, 200, "live"));
    // Readiness: should the load balancer send traffic here now?
    http.createContext(
        "/health/ready",
        exchange ->
            respond(
                exchange, graceful.ready() ? 200 : 503, graceful.ready() ? "ready" : "draining"));
    // end::probes[]
    http.createContext("/", exchange -> graceful.admit(exchange, app));
    http.start();
    return graceful;
  }

  /** Stops gracefully when the JVM is asked to stop, for example by SIGTERM from Kubernetes. */
  public static void main(String[] args) throws IOException {
    GracefulServer server =
        start(new InetSocketAddress(8080), exchange -> respond(exchange, 200, "hello"), () -> {});
    // tag::hook[]
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> server.shutdown(Duration.ofSeconds(20)).join()));
    // end::hook[]
  }

  public int port() {
    return server.getAddress().getPort();
  }

  private boolean ready() {
    lock.lock();
    try {
      return !draining;
    } finally {
      lock.unlock();
    }
  }

  // tag::admit[]
  private void admit(HttpExchange exchange, HttpHandler app) throws IOException {
    boolean admitted;
    lock.lock();
    try {
      admitted = !draining; // checked and counted under one lock, so shutdown cannot miss it
      if (admitted) {
        inFlight++;
      }
    } finally {
      lock.unlock();
    }
    if (!admitted) {
      exchange.getResponseHeaders().set("Connection", "close");
      respond(exchange, 503, "shutting down, try another instance");
      return;
    }
    try {
      app.handle(exchange);
    } finally {
      lock.lock();
      try {
        if (--inFlight == 0) {
          idle.signalAll();
        }
      } finally {
        lock.unlock();
      }
    }
  }

  // end::admit[]

  // tag::shutdown[]
  /**
   * Starts a graceful shutdown and returns at once. The future completes with {@code true} when
   * every request in flight finished within {@code drainTimeout}, {@code false} when some were cut
   * off.
   */
  public CompletableFuture<Boolean> shutdown(Duration drainTimeout) {
    CompletableFuture<Boolean> done = new CompletableFuture<>();
    lock.lock();
    try {
      if (stopping != null) {
        return stopping; // a second signal changes nothing
      }
      stopping = done;
      draining = true; // 1. readiness now fails, and new requests get 503
    } finally {
      lock.unlock();
    }
    Thread stopper =
        new Thread(
            () -> {
              try {
                done.complete(drainThenStop(drainTimeout));
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                done.completeExceptionally(e);
              } catch (Exception e) {
                done.completeExceptionally(e);
              }
            },
            "graceful-shutdown");
    stopper.start();
    return done;
  }

  private boolean drainThenStop(Duration drainTimeout) throws Exception {
    try {
      return awaitIdle(drainTimeout); // 2. requests already running finish
    } finally {
      server.stop(0); // 3. close the listening socket and the idle connections
      executor.shutdownNow(); // interrupts any request still running after the timeout
      resources.close(); // 4. close pools last: the requests above needed them
    }
  }

  private boolean awaitIdle(Duration timeout) throws InterruptedException {
    long nanos = timeout.toNanos();
    lock.lock();
    try {
      while (inFlight > 0) {
        if (nanos <= 0) {
          return false;
        }
        nanos = idle.awaitNanos(nanos);
      }
      return true;
    } finally {
      lock.unlock();
    }
  }

  // end::shutdown[]

  static void respond(HttpExchange exchange, int status, String text) throws IOException {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
