package dev.backendhandbook.examples.apis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TodoApiTest {
  private TodoApi api;
  private final HttpClient client = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    api = TodoApi.start(0);
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private HttpResponse<String> send(String method, String path, String body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + path));
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void createThenReadAndList() throws Exception {
    HttpResponse<String> created = send("POST", "/todos", "{\"title\": \"Write the API page\"}");
    assertEquals(201, created.statusCode());
    assertEquals("/todos/1", created.headers().firstValue("Location").orElse(""));
    assertEquals("{\"id\": 1, \"title\": \"Write the API page\"}", created.body());

    assertEquals(
        "{\"id\": 1, \"title\": \"Write the API page\"}", send("GET", "/todos/1", null).body());
    assertEquals(
        "[{\"id\": 1, \"title\": \"Write the API page\"}]", send("GET", "/todos", null).body());
  }

  @Test
  void errorsHaveTheRightStatusAndABody() throws Exception {
    HttpResponse<String> missing = send("GET", "/todos/99", null);
    assertEquals(404, missing.statusCode());
    assertEquals(
        "application/problem+json", missing.headers().firstValue("Content-Type").orElse(""));

    HttpResponse<String> wrongMethod = send("DELETE", "/todos", null);
    assertEquals(405, wrongMethod.statusCode());
    assertEquals("GET, POST", wrongMethod.headers().firstValue("Allow").orElse(""));

    assertEquals(400, send("POST", "/todos", "{\"name\": \"no title\"}").statusCode());
  }

  @Test
  void anIdTooLargeForANumberIsNotFound() throws Exception {
    // Twenty digits match the route's pattern but do not fit in a long.
    HttpResponse<String> missing = send("GET", "/todos/99999999999999999999", null);
    assertEquals(404, missing.statusCode());
    assertEquals(
        "application/problem+json", missing.headers().firstValue("Content-Type").orElse(""));
    assertEquals(404, send("GET", "/todos/abc", null).statusCode());
  }
}
