package dev.backendhandbook.examples.apis;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A small JSON API for to-do items: list, create and read, with the status codes clients expect.
 */
public final class TodoApi implements AutoCloseable {
  private static final Pattern ITEM = Pattern.compile("^/todos/(\\d+)$");
  private static final Pattern TITLE =
      Pattern.compile("\"title\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

  private final HttpServer server;
  private final Map<Long, String> todos = new ConcurrentSkipListMap<>();
  private final AtomicLong nextId = new AtomicLong(1);

  private TodoApi(HttpServer server) {
    this.server = server;
  }

  public static TodoApi start(int port) throws IOException {
    HttpServer http =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    TodoApi api = new TodoApi(http);
    http.createContext("/todos", api::route);
    http.start();
    return api;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  // tag::routes[]
  private void route(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String method = exchange.getRequestMethod();
    Matcher item = ITEM.matcher(path);
    if (path.equals("/todos") && method.equals("GET")) {
      send(exchange, 200, list());
    } else if (path.equals("/todos") && method.equals("POST")) {
      create(exchange);
    } else if (item.matches() && method.equals("GET")) {
      OptionalLong id = parseId(item.group(1));
      String title = id.isPresent() ? todos.get(id.getAsLong()) : null;
      if (title == null) {
        send(exchange, 404, problem("Not Found", "There is no to-do " + item.group(1) + "."));
      } else {
        send(exchange, 200, json(id.getAsLong(), title));
      }
    } else if (path.equals("/todos") || item.matches()) {
      exchange.getResponseHeaders().set("Allow", path.equals("/todos") ? "GET, POST" : "GET");
      send(exchange, 405, problem("Method Not Allowed", method + " is not supported here."));
    } else {
      send(exchange, 404, problem("Not Found", "No such resource."));
    }
  }

  private void create(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Matcher title = TITLE.matcher(body);
    if (!title.find() || title.group(1).isBlank()) {
      send(exchange, 400, problem("Bad Request", "Send a JSON object with a non-empty \"title\"."));
      return;
    }
    long id = nextId.getAndIncrement();
    todos.put(id, title.group(1));
    exchange.getResponseHeaders().set("Location", "/todos/" + id);
    send(exchange, 201, json(id, title.group(1)));
  }

  /** The id in the path, or none when it is too long for a number: no such to-do can exist. */
  private static OptionalLong parseId(String digits) {
    try {
      return OptionalLong.of(Long.parseLong(digits));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  // end::routes[]

  private String list() {
    return todos.entrySet().stream()
        .map(e -> json(e.getKey(), e.getValue()))
        .collect(Collectors.joining(", ", "[", "]"));
  }

  private static String json(long id, String title) {
    return "{\"id\": " + id + ", \"title\": \"" + title + "\"}";
  }

  /** An error body in the shape of RFC 9457 problem details. */
  private static String problem(String title, String detail) {
    return "{\"title\": \"" + title + "\", \"detail\": \"" + detail.replace("\"", "\\\"") + "\"}";
  }

  private static void send(HttpExchange exchange, int status, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange
        .getResponseHeaders()
        .set("Content-Type", status >= 400 ? "application/problem+json" : "application/json");
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
