package dev.backendhandbook.examples.caching;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Serves products as JSON with an ETag, and answers a matching If-None-Match with 304. */
public final class ProductServer implements AutoCloseable {
  private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");

  private final HttpServer server;
  private final Map<String, String> products = new ConcurrentHashMap<>();

  private ProductServer(HttpServer server) {
    this.server = server;
  }

  public static ProductServer start(int port) throws IOException {
    HttpServer http =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    ProductServer products = new ProductServer(http);
    http.createContext("/products/", products::handle);
    http.start();
    return products;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** Stores or replaces a product's JSON, which gives it a new ETag. */
  public void put(String id, String json) {
    products.put(id, json);
  }

  // tag::conditional-get[]
  private void handle(HttpExchange exchange) throws IOException {
    String id = exchange.getRequestURI().getPath().substring("/products/".length());
    String json = products.get(id);
    if (json == null || !exchange.getRequestMethod().equals("GET")) {
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
      return;
    }
    String etag = etagOf(json);
    exchange.getResponseHeaders().set("ETag", etag);
    exchange.getResponseHeaders().set("Cache-Control", "max-age=60");
    String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
    if (ifNoneMatch != null && matches(ifNoneMatch, etag)) {
      exchange.sendResponseHeaders(304, -1); // the client's copy is current: no body at all
      exchange.close();
      return;
    }
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** A strong validator: a hash of the exact bytes, so it changes whenever the content does. */
  static String etagOf(String json) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
      return "\"" + HexFormat.of().formatHex(hash, 0, 12) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** If-None-Match uses weak comparison: W/"x" matches "x", and * matches any current ETag. */
  static boolean matches(String ifNoneMatch, String etag) {
    for (String candidate : COMMA.split(ifNoneMatch.strip(), -1)) {
      String tag = candidate.startsWith("W/") ? candidate.substring(2) : candidate;
      if (tag.equals("*") || tag.equals(etag)) {
        return true;
      }
    }
    return false;
  }

  // end::conditional-get[]

  @Override
  public void close() {
    server.stop(0);
  }
}
