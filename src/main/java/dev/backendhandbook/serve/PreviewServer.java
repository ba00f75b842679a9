package dev.backendhandbook.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.backendhandbook.check.SiteContract;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;

/**
 * Serves a baked site from a folder, on the loopback address, as a web host does: a folder by its
 * index.html, a missing page by the site's own 404.html with status 404.
 *
 * <p>It serves nothing outside the folder: a path that climbs out ({@code ../}, also encoded as
 * {@code %2e%2e}) or a symbolic link that leads out is answered 404. It answers GET and HEAD, and
 * 405 with {@code Allow} to anything else.
 *
 * <p>A live server ({@link #live}) also tells open tabs to reload after a re-bake ({@link #reload})
 * and shows a bake's problems as a banner in them ({@link #problems}): every HTML page it serves
 * gets a small script, and only this server has the script and the event stream it listens to, so
 * nothing of it reaches the published site.
 */
public final class PreviewServer implements AutoCloseable {
  /** Where the preview's own files live; no site page can have this name. */
  static final String PREVIEW = "/_preview/";

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
          Map.entry("pdf", "application/pdf"),
          Map.entry("epub", "application/epub+zip"),
          Map.entry("woff2", "font/woff2"));

  private static final byte[] RELOAD_TAG =
      ("<script src=\""
              + PREVIEW
              + "preview.js\" defer></script>\n"
              + "<link rel=\"stylesheet\" href=\""
              + PREVIEW
              + "preview.css\">\n")
          .getBytes(StandardCharsets.UTF_8);

  private final Path root;
  private final HttpServer server;
  private final ExecutorService threads;
  private final @Nullable SiteEvents events;

  private PreviewServer(
      Path root, HttpServer server, ExecutorService threads, @Nullable SiteEvents events) {
    this.root = root;
    this.server = server;
    this.threads = threads;
    this.events = events;
  }

  /** Serves {@code root} on 127.0.0.1, as it is; port 0 picks a free port. */
  public static PreviewServer start(Path root, int port) throws IOException {
    return start(root, InetAddress.getLoopbackAddress(), port, false);
  }

  /**
   * Serves {@code root} for a writer: pages reload themselves after each re-bake.
   *
   * @throws IOException when the port is taken, with a message that says so
   */
  public static PreviewServer live(Path root, InetAddress host, int port) throws IOException {
    return start(root, host, port, true);
  }

  private static PreviewServer start(Path root, InetAddress host, int port, boolean live)
      throws IOException {
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(host, port), 0);
    } catch (BindException e) {
      throw new IOException(
          "port "
              + port
              + " on "
              + host.getHostAddress()
              + " is already in use: stop the other server, or choose another port with --port",
          e);
    }
    // Each open tab holds an event stream, so requests need threads of their own.
    ExecutorService threads =
        Executors.newCachedThreadPool(
            work -> {
              Thread thread = new Thread(work, "handbook-preview");
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(threads);
    PreviewServer preview =
        new PreviewServer(
            root.toAbsolutePath().normalize(), server, threads, live ? new SiteEvents() : null);
    server.createContext("/", preview::answer);
    server.start();
    return preview;
  }

  public URI uri() {
    InetSocketAddress address = server.getAddress();
    return URI.create(
        "http://" + address.getAddress().getHostAddress() + ":" + address.getPort() + "/");
  }

  /** Tells every open tab to reload, keeping its place on the page. */
  public void reload() {
    if (events != null) {
      events.send("reload", "");
    }
  }

  /**
   * Shows problems as a banner in every open tab, one line each ({@code path:line:col: …}); an
   * empty list takes the banner away.
   */
  public void problems(List<String> lines) {
    if (events != null) {
      events.problems(lines);
    }
  }

  private void answer(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getPath();
    if (events != null && path.equals(PREVIEW + "events") && method.equals("GET")) {
      events.subscribe(exchange); // keeps the exchange open; it is closed when the tab goes
      return;
    }
    try (exchange) {
      if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      if (events != null && path.startsWith(PREVIEW)) {
        sendPreviewFile(exchange, path.substring(PREVIEW.length()), method);
        return;
      }
      Path file = fileFor(path);
      int status = 200;
      if (file == null) {
        status = 404;
        file = root.resolve(SiteContract.NOT_FOUND);
      }
      byte[] body =
          Files.isRegularFile(file)
              ? Files.readAllBytes(file)
              : "Not found".getBytes(StandardCharsets.UTF_8);
      String type = contentType(file);
      if (events != null && type.startsWith("text/html")) {
        body = withReloadScript(body);
      }
      send(exchange, status, type, body, method);
    }
  }

  /** The file a request path names inside the root, or null when it names none there. */
  private @Nullable Path fileFor(String requestPath) throws IOException {
    if (requestPath.indexOf('\0') >= 0 || !requestPath.startsWith("/")) {
      return null;
    }
    Path file = root.resolve(requestPath.substring(1)).normalize();
    if (!file.startsWith(root)) {
      return null;
    }
    if (Files.isDirectory(file)) {
      file = file.resolve(SiteContract.INDEX);
    }
    if (!Files.isRegularFile(file) || !file.toRealPath().startsWith(root.toRealPath())) {
      return null;
    }
    return file;
  }

  private void sendPreviewFile(HttpExchange exchange, String name, String method)
      throws IOException {
    if (!name.equals("preview.js") && !name.equals("preview.css")) {
      send(exchange, 404, "text/plain; charset=utf-8", new byte[0], method);
      return;
    }
    try (InputStream in = PreviewServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("the preview's " + name + " is missing from the tool");
      }
      send(exchange, 200, contentType(Path.of(name)), in.readAllBytes(), method);
    }
  }

  /** The page with the preview's script and style added at the end of its head. */
  private static byte[] withReloadScript(byte[] html) {
    String text = new String(html, StandardCharsets.UTF_8);
    int head = text.toLowerCase(Locale.ROOT).indexOf("</head>");
    if (head < 0) {
      return html;
    }
    byte[] before = text.substring(0, head).getBytes(StandardCharsets.UTF_8);
    byte[] after = text.substring(head).getBytes(StandardCharsets.UTF_8);
    byte[] page = new byte[before.length + RELOAD_TAG.length + after.length];
    System.arraycopy(before, 0, page, 0, before.length);
    System.arraycopy(RELOAD_TAG, 0, page, before.length, RELOAD_TAG.length);
    System.arraycopy(after, 0, page, before.length + RELOAD_TAG.length, after.length);
    return page;
  }

  private static void send(
      HttpExchange exchange, int status, String type, byte[] body, String method)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(status, method.equals("HEAD") ? -1 : body.length);
    if (method.equals("GET")) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static String contentType(Path file) {
    String name = String.valueOf(file.getFileName());
    String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    return CONTENT_TYPES.getOrDefault(extension, "application/octet-stream");
  }

  /** Stops serving at once, closing every open event stream. */
  @Override
  public void close() {
    if (events != null) {
      events.close();
    }
    server.stop(0);
    threads.shutdownNow();
  }
}
