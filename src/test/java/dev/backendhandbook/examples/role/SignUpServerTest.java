package dev.backendhandbook.examples.role;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SignUpServerTest {
  private SignUpServer server;
  private final HttpClient client = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    server = SignUpServer.start(0);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> post(String form) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/sign-up"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aValidFormCreatesTheAccount() throws Exception {
    HttpResponse<String> response = post("name=Ada&email=ada%40example.org");
    assertEquals(201, response.statusCode());
    assertEquals("Welcome, Ada.", response.body());
  }

  @Test
  void theSameAddressCannotSignUpTwice() throws Exception {
    post("name=Ada&email=ada%40example.org");
    HttpResponse<String> again = post("name=Another+Ada&email=ADA%40example.org");
    assertEquals(409, again.statusCode());
  }

  @Test
  void anInvalidFormIsRefused() throws Exception {
    assertEquals(400, post("name=&email=not-an-address").statusCode());
  }

  @Test
  void onlyPostIsAccepted() throws Exception {
    HttpRequest get =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/sign-up"))
            .build();
    assertEquals(405, client.send(get, HttpResponse.BodyHandlers.ofString()).statusCode());
  }
}
