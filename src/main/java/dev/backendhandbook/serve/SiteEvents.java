package dev.backendhandbook.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The event stream (server-sent events) every open preview tab listens to: {@code reload} after a
 * re-bake, {@code problems} with the bake's findings to show, or none to clear the banner. A tab
 * that connects late is told the current problems at once.
 */
final class SiteEvents {
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final List<HttpExchange> tabs = new ArrayList<>();
  private String problems = "[]";

  /** Keeps the exchange open as a stream of events. */
  synchronized void subscribe(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(200, 0);
    tabs.add(exchange);
    write(exchange, "problems", problems);
  }

  synchronized void problems(List<String> lines) {
    try {
      problems = JSON.writeValueAsString(lines);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    send("problems", problems);
  }

  synchronized void send(String event, String data) {
    tabs.removeIf(tab -> !write(tab, event, data));
  }

  synchronized void close() {
    tabs.forEach(HttpExchange::close);
    tabs.clear();
  }

  /** Writes one event; false when the tab has gone. */
  private static boolean write(HttpExchange tab, String event, String data) {
    try {
      OutputStream out = tab.getResponseBody();
      out.write(("event: " + event + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
      out.flush();
      return true;
    } catch (IOException gone) {
      tab.close();
      return false;
    }
  }
}
