package dev.backendhandbook.examples.role;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The smallest back end that does what a sign-up form needs: it receives the form, checks it,
 * stores the account, and answers. Real services add a database, password hashing and e-mail; the
 * shape of the work is the same.
 */
public final class SignUpServer implements AutoCloseable {
  /** A sign-up form is a few hundred bytes; anything far larger is a mistake or an attack. */
  static final int MAX_FORM_BYTES = 8 * 1024;

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern AMPERSAND = Pattern.compile("&");

  private final HttpServer server;
  private final Map<String, String> accounts = new ConcurrentHashMap<>();

  private SignUpServer(HttpServer server) {
    this.server = server;
  }

  /** Starts the server on the loopback address; port 0 lets the system pick a free port. */
  public static SignUpServer start(int port) throws IOException {
    HttpServer http =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    SignUpServer signUp = new SignUpServer(http);
    http.createContext("/sign-up", signUp::handle);
    http.start();
    return signUp;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  // tag::handler[]
  private void handle(HttpExchange exchange) throws IOException {
    if (!exchange.getRequestMethod().equals("POST")) {
      exchange.getResponseHeaders().set("Allow", "POST"); // a 405 says what is allowed
      respond(exchange, 405, "Use POST to sign up.");
      return;
    }
    // Read one byte past the limit and no further, so a huge body cannot exhaust the memory.
    byte[] body = exchange.getRequestBody().readNBytes(MAX_FORM_BYTES + 1);
    if (body.length > MAX_FORM_BYTES) {
      respond(exchange, 413, "The form is too large.");
      return;
    }
    Map<String, String> form = parseForm(new String(body, StandardCharsets.UTF_8));
    // Locale.ROOT: lower-casing must not depend on the server's language settings.
    String email = form.getOrDefault("email", "").strip().toLowerCase(Locale.ROOT);
    String name = form.getOrDefault("name", "").strip();

    // Validate on the server even if the browser already did: requests can come from anywhere.
    if (!EMAIL.matcher(email).matches() || name.isEmpty()) {
      respond(exchange, 400, "Please give a name and a valid e-mail address.");
      return;
    }
    // putIfAbsent makes "check, then store" one step, so two requests cannot both win.
    if (accounts.putIfAbsent(email, name) != null) {
      respond(exchange, 409, "An account with that e-mail address already exists.");
      return;
    }
    respond(exchange, 201, "Welcome, " + name + ".");
  }

  // end::handler[]

  private static Map<String, String> parseForm(String body) {
    Map<String, String> form = new HashMap<>();
    for (String pair : AMPERSAND.split(body, -1)) {
      int equals = pair.indexOf('=');
      if (equals > 0) {
        form.put(
            URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
      }
    }
    return form;
  }

  private static void respond(HttpExchange exchange, int status, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
