package dev.backendhandbook.examples.networking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A stand-in inventory service on 127.0.0.1: a minimal HTTP/1.1 server on a plain server socket, so
 * the test can count exactly how many TCP connections it accepts.
 */
class InventoryClientTest {
  private static final String BODY = "{\"available\": 12}";

  private final AtomicInteger accepted = new AtomicInteger();
  private final AtomicInteger requests = new AtomicInteger();
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private volatile boolean closeEachConnection;
  private ServerSocket listener;
  private InventoryClient client;

  @BeforeEach
  void start() throws IOException {
    listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    threads.execute(this::acceptConnections);
    client = new InventoryClient(URI.create("http://127.0.0.1:" + listener.getLocalPort()));
  }

  @AfterEach
  void stop() throws IOException {
    listener.close();
    for (Socket socket : open) {
      socket.close();
    }
    threads.shutdownNow();
  }

  private void acceptConnections() {
    try {
      while (true) {
        Socket socket = listener.accept();
        accepted.incrementAndGet(); // one more TCP handshake completed
        open.add(socket);
        threads.execute(() -> serve(socket));
      }
    } catch (IOException closed) {
      // the test has finished and closed the listener
    }
  }

  /** Answers requests on one connection until the client closes it, or once if told to close. */
  private void serve(Socket socket) {
    try (socket) {
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
      OutputStream out = socket.getOutputStream();
      while (in.readLine() != null) { // the request line, such as GET /stock/TEA-01 HTTP/1.1
        String header;
        do {
          header = in.readLine(); // headers until the blank line; a GET has no body
        } while (header != null && !header.isEmpty());
        requests.incrementAndGet();
        String response =
            "HTTP/1.1 200 OK\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: "
                + BODY.length()
                + "\r\n"
                + (closeEachConnection ? "Connection: close\r\n" : "")
                + "\r\n"
                + BODY;
        out.write(response.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        if (closeEachConnection) {
          return;
        }
      }
    } catch (IOException gone) {
      // the client or the test closed the connection
    }
  }

  @Test
  void oneSharedClientSendsEveryRequestOverOneConnection() throws Exception {
    for (int i = 0; i < 20; i++) {
      assertEquals(BODY, client.stock("TEA-01"));
    }
    assertEquals(20, requests.get());
    assertEquals(1, accepted.get());
  }

  @Test
  void aNewClientPerCallOpensANewConnectionEachTime() throws Exception {
    for (int i = 0; i < 20; i++) {
      assertEquals(BODY, client.stockWithNewClient("TEA-01"));
    }
    assertEquals(20, accepted.get());
  }

  @Test
  void aServerThatClosesEveryConnectionDefeatsThePool() throws Exception {
    closeEachConnection = true;
    for (int i = 0; i < 20; i++) {
      assertEquals(BODY, client.stock("TEA-01"));
    }
    assertEquals(20, accepted.get());
  }
}
