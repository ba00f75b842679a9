package dev.backendhandbook.examples.caching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProductServerTest {
  private ProductServer server;
  private final HttpClient client = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    server = ProductServer.start(0);
    server.put("42", "{\"id\": 42, \"name\": \"Teapot\", \"price\": \"24.00\"}");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> get(String ifNoneMatch) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/products/42"));
    if (ifNoneMatch != null) {
      request.header("If-None-Match", ifNoneMatch);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String etag(HttpResponse<String> response) {
    return response.headers().firstValue("ETag").orElse("");
  }

  @Test
  void aMatchingIfNoneMatchGets304WithNoBody() throws Exception {
    HttpResponse<String> first = get(null);
    assertEquals(200, first.statusCode());
    assertEquals("{\"id\": 42, \"name\": \"Teapot\", \"price\": \"24.00\"}", first.body());
    assertEquals("max-age=60", first.headers().firstValue("Cache-Control").orElse(""));
    String etag = etag(first);
    assertEquals(26, etag.length(), "24 hex digits in quotes");

    HttpResponse<String> again = get(etag);
    assertEquals(304, again.statusCode());
    assertEquals("", again.body());
    assertEquals(etag, etag(again), "a 304 repeats the validator");
    assertEquals(304, get("\"something-else\", W/" + etag).statusCode(), "a list, weakly compared");
  }

  @Test
  void aChangedProductGetsANewEtagAndTheFullBody() throws Exception {
    String old = etag(get(null));
    server.put("42", "{\"id\": 42, \"name\": \"Teapot\", \"price\": \"19.00\"}");

    HttpResponse<String> changed = get(old);
    assertEquals(200, changed.statusCode());
    assertEquals("{\"id\": 42, \"name\": \"Teapot\", \"price\": \"19.00\"}", changed.body());
    assertNotEquals(old, etag(changed));
  }
}
