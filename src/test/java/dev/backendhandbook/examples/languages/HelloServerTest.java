package dev.backendhandbook.examples.languages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class HelloServerTest {
  @Test
  void answersGetHelloWithJson() throws Exception {
    HttpServer server = HelloServer.start(0);
    try {
      URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hello");
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, response.statusCode());
      assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(""));
      assertEquals("{\"greeting\": \"hello\"}", response.body());

      HttpRequest post =
          HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.noBody()).build();
      HttpResponse<Void> refused =
          HttpClient.newHttpClient().send(post, HttpResponse.BodyHandlers.discarding());
      assertEquals(405, refused.statusCode());
      assertEquals("GET", refused.headers().firstValue("Allow").orElse(""));
    } finally {
      server.stop(0);
    }
  }
}
