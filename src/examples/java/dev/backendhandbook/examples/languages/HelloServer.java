package dev.backendhandbook.examples.languages;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** The handbook's comparison task in Java: answer GET /hello with {"greeting": "hello"}. */
public final class HelloServer {
  private HelloServer() {}

  // tag::hello[]
  public static HttpServer start(int port) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.createContext(
        "/hello",
        exchange -> {
          if (!exchange.getRequestMethod().equals("GET")) {
            exchange.getResponseHeaders().set("Allow", "GET"); // a 405 says what is allowed
            exchange.sendResponseHeaders(405, -1);
            exchange.close();
            return;
          }
          byte[] body = "{\"greeting\": \"hello\"}".getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    return server;
  }
  // end::hello[]
}
