package dev.backendhandbook.examples.integration;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calls another company's exchange-rate API the careful way: a timeout on every call, a few retries
 * with growing pauses for failures worth retrying, and a clear error for the rest.
 */
public final class RateClient {
  private static final Pattern RATE = Pattern.compile("\"rate\"\\s*:\\s*\"?([0-9.]+)\"?");

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final URI base;
  private final Duration timeout;
  private final int attempts;

  public RateClient(URI base, Duration timeout, int attempts) {
    this.base = base;
    this.timeout = timeout;
    this.attempts = attempts;
  }

  // tag::call[]
  public BigDecimal rate(String from, String to) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve("/rates/" + from + "/" + to))
            .header("Accept", "application/json")
            .timeout(timeout) // never wait forever for someone else's server
            .GET()
            .build();
    Duration pause = Duration.ofMillis(100);
    for (int attempt = 1; ; attempt++) {
      try {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        if (status == 200) {
          return parseRate(response.body());
        }
        boolean worthRetrying = status == 429 || status >= 500;
        if (!worthRetrying || attempt == attempts) {
          throw new IOException("rate service answered " + status + " for " + from + "/" + to);
        }
      } catch (HttpTimeoutException e) {
        if (attempt == attempts) {
          throw e;
        }
      }
      Thread.sleep(pause.toMillis());
      pause = pause.multipliedBy(2); // back off: give a struggling service room to recover
    }
  }

  // end::call[]

  private static BigDecimal parseRate(String json) throws IOException {
    Matcher rate = RATE.matcher(json);
    if (!rate.find()) {
      throw new IOException("no rate in the answer: " + json);
    }
    return new BigDecimal(rate.group(1));
  }
}
