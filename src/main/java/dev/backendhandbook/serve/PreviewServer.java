package dev.backendhandbook.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Serves a baked site from a folder on the loopback address only, for previewing while writing.
 *
 * <p>It answers GET and HEAD for files under the folder, a folder with its index.html as a web host
 * does, and 404 with the site's own 404 page.
 */
public final class PreviewServer implements AutoCloseable {
  private static final Map<String, String> CONTENT_TYPES =
      Map.ofEntries(
          Map.entry("html", "text/html; charset=utf-8"),
          Map.entry("css", "text/css; charset=utf-8"),
          Map.entry("js", "text/javascript; charset=utf-8"),
          Map.entry("json", "application/json"),
          Map.entry("svg", "image/svg+xml"),
          Map.entry("png", "image/png"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("ico", "image/x-icon"),
          Map.entry("xml", "application/xml"),
          Map.entry("txt", "text/plain; charset=utf-8"),
          Map.entry("woff2", "font/woff2"));

  private final Path root;
  private final HttpServer server;

  private PreviewServer(Path root, HttpServer server) {
    this.root = root;
    this.server = server;
  }

  /** Starts serving {@code root} on 127.0.0.1; port 0 picks a free port. */
  public static PreviewServer start(Path root, int port) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    PreviewServer preview = new PreviewServer(root.toAbsolutePath().normalize(), server);
    server.createContext("/", preview::answer);
    server.start();
    return preview;
  }

  public URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  private void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      Path file = root.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
      if (Files.isDirectory(file)) {
        file = file.resolve("index.html");
      }
      int status = 200;
      if (!file.startsWith(root) || !Files.isRegularFile(file)) {
        status = 404;
        file = root.resolve("404.html");
      }
      byte[] body =
          Files.isRegularFile(file)
              ? Files.readAllBytes(file)
              : "Not found".getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", contentType(file));
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      exchange.sendResponseHeaders(status, method.equals("HEAD") ? -1 : body.length);
      if (method.equals("GET")) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }

  private static String contentType(Path file) {
    String name = file.getFileName().toString();
    String extension = name.substring(name.lastIndexOf('.') + 1);
    return CONTENT_TYPES.getOrDefault(extension, "application/octet-stream");
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
