package dev.backendhandbook.examples.role;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
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
    HttpResponse<String> refused = client.send(get, HttpResponse.BodyHandlers.ofString());
    assertEquals(405, refused.statusCode());
    assertEquals("POST", refused.headers().firstValue("Allow").orElse(""));
  }

  /** A valid form padded with an extra field to exactly {@code bytes} bytes. */
  private static String formOfSize(int bytes) {
    String form = "name=Ada&email=ada%40example.org&padding=";
    return form + "x".repeat(bytes - form.length());
  }

  @Test
  void aFormAtTheSizeLimitIsAccepted() throws Exception {
    assertEquals(201, post(formOfSize(SignUpServer.MAX_FORM_BYTES)).statusCode());
  }

  @Test
  void aLargerBodyIsRefusedUnread() throws Exception {
    HttpResponse<String> response = post(formOfSize(SignUpServer.MAX_FORM_BYTES + 1));
    assertEquals(413, response.statusCode());
    assertEquals(201, post("name=Ada&email=ada%40example.org").statusCode(), "nothing was stored");
  }

  @Test
  void addressesAreLowerCasedTheSameWayInEveryLocale() throws Exception {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag("tr")); // Turkish lower-cases "I" to a dotless "ı"
    try {
      assertEquals(201, post("name=Ida&email=IDA%40example.org").statusCode());
      assertEquals(
          409,
          post("name=Ida&email=ida%40example.org").statusCode(),
          "IDA@example.org and ida@example.org are the same address");
    } finally {
      Locale.setDefault(before);
    }
  }
}
