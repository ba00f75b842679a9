package dev.backendhandbook.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Serves a built site as GitHub Pages serves a project site: under {@code /<repository>/}, with a
 * missing file answered by the site's own {@code 404.html}, status 404, at the address asked for.
 */
final class ProjectSiteServer implements AutoCloseable {
  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "svg", "image/svg+xml",
          "png", "image/png",
          "gif", "image/gif",
          "xml", "application/xml");

  private final HttpServer server;
  private final String prefix;

  private ProjectSiteServer(HttpServer server, String prefix) {
    this.server = server;
    this.prefix = prefix;
  }

  /** Serves {@code site} at {@code /repository/} on a free loopback port. */
  static ProjectSiteServer start(Path site, String repository) throws IOException {
    String prefix = "/" + repository + "/";
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(prefix, exchange -> answer(exchange, site, prefix));
    server.start();
    return new ProjectSiteServer(server, prefix);
  }

  /** The site's root, such as {@code http://127.0.0.1:4321/handbook/}. */
  URI root() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + prefix);
  }

  private static void answer(HttpExchange exchange, Path site, String prefix) throws IOException {
    String path = exchange.getRequestURI().getPath().substring(prefix.length());
    Path file = site.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
    int status = 200;
    if (!file.normalize().startsWith(site) || !Files.isRegularFile(file)) {
      status = 404;
      file = site.resolve("404.html");
    }
    String name = file.getFileName().toString();
    String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "text/plain");
    byte[] body = Files.readAllBytes(file);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
