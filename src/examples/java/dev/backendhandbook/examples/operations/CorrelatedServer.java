package dev.backendhandbook.examples.operations;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** An HTTP server whose every request passes through a {@link CorrelationFilter} first. */
public final class CorrelatedServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor;

  private CorrelatedServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  // tag::wiring[]
  public static CorrelatedServer start(
      InetSocketAddress address, HttpHandler app, CorrelationFilter correlation)
      throws IOException {
    HttpServer server = HttpServer.create(address, 0);
    ExecutorService executor = Executors.newFixedThreadPool(8); // several requests at once
    server.setExecutor(executor);
    server.createContext("/", app).getFilters().add(correlation);
    server.start();
    return new CorrelatedServer(server, executor);
  }

  // end::wiring[]

  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
