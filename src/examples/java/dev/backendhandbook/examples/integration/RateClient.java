package dev.backendhandbook.examples.integration;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Random;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calls another company's exchange-rate API the careful way: a timeout on every attempt, an overall
 * deadline for the whole call, a few retries for failures worth retrying, with growing, jittered
 * pauses or the pause the server asks for, and a clear error for the rest.
 */
public final class RateClient {
  /** Waits between attempts; the tests replace it to record the pauses instead of sleeping. */
  @FunctionalInterface
  interface Sleeper {
    void sleep(Duration pause) throws InterruptedException;
  }

  private static final Pattern RATE = Pattern.compile("\"rate\"\\s*:\\s*\"?([0-9.]+)\"?");
  private static final Pattern DELAY_SECONDS = Pattern.compile("\\d{1,9}");
  private static final Duration FIRST_PAUSE = Duration.ofMillis(100);
  private static final Duration SHORTEST_ATTEMPT = Duration.ofMillis(1);

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final URI base;
  private final Duration timeout;
  private final int attempts;
  private final Duration budget;
  private final Clock clock;
  private final Sleeper sleeper;
  private final RandomGenerator random;

  /**
   * Each call makes at most {@code attempts} attempts of at most {@code timeout} each, and gives up
   * when {@code budget} has passed since it started.
   */
  public RateClient(URI base, Duration timeout, int attempts, Duration budget) {
    this(
        base,
        timeout,
        attempts,
        budget,
        Clock.systemUTC(),
        pause -> Thread.sleep(pause.toMillis()),
        new Random());
  }

  RateClient(
      URI base,
      Duration timeout,
      int attempts,
      Duration budget,
      Clock clock,
      Sleeper sleeper,
      RandomGenerator random) {
    this.base = base;
    this.timeout = timeout;
    this.attempts = attempts;
    this.budget = budget;
    this.clock = clock;
    this.sleeper = sleeper;
    this.random = random;
  }

  // tag::call[]
  public BigDecimal rate(String from, String to) throws IOException, InterruptedException {
    URI uri = base.resolve("/rates/" + from + "/" + to);
    Instant deadline = clock.instant().plus(budget); // for the whole call, retries included
    Duration backoff = FIRST_PAUSE;
    for (int attempt = 1; ; attempt++, backoff = backoff.multipliedBy(2)) {
      HttpRequest request =
          HttpRequest.newBuilder(uri)
              .header("Accept", "application/json")
              .timeout(attemptTimeout(deadline)) // never wait forever for someone else's server
              .GET()
              .build();
      HttpResponse<String> response;
      try {
        response = http.send(request, HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) { // a timeout, or a refused or reset connection: a GET may repeat
        pauseOrGiveUp(attempt, jittered(backoff), deadline, e);
        continue;
      }
      int status = response.statusCode();
      if (status == 200) {
        return parseRate(response.body());
      }
      IOException failure =
          new IOException("rate service answered " + status + " for " + from + "/" + to);
      if (status != 429 && status < 500) {
        throw failure; // a client error: asking again will not change the answer
      }
      pauseOrGiveUp(attempt, retryAfter(response).orElse(jittered(backoff)), deadline, failure);
    }
  }

  /** Sleeps before the next attempt, or throws when no attempt or no time is left for one. */
  private void pauseOrGiveUp(int attempt, Duration pause, Instant deadline, IOException failure)
      throws IOException, InterruptedException {
    if (attempt >= attempts || pause.compareTo(Duration.between(clock.instant(), deadline)) >= 0) {
      throw failure;
    }
    sleeper.sleep(pause);
  }

  /** Half the back-off plus a random part of the other half, so clients do not retry in step. */
  private Duration jittered(Duration backoff) {
    long half = backoff.toMillis() / 2;
    return Duration.ofMillis(half + random.nextLong(half + 1));
  }

  /** The wait the server asked for, in seconds or as an HTTP date, if it asked for one. */
  private Optional<Duration> retryAfter(HttpResponse<?> response) {
    Optional<String> header = response.headers().firstValue("Retry-After").map(String::strip);
    if (header.isEmpty()) {
      return Optional.empty();
    }
    String value = header.get();
    if (DELAY_SECONDS.matcher(value).matches()) {
      return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
    }
    try {
      Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration wait = Duration.between(clock.instant(), at);
      return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    } catch (DateTimeParseException e) {
      return Optional.empty(); // unreadable: fall back to our own back-off
    }
  }

  // end::call[]

  /** The usual timeout, or what is left before the deadline when that is shorter. */
  private Duration attemptTimeout(Instant deadline) {
    Duration left = Duration.between(clock.instant(), deadline);
    if (left.compareTo(SHORTEST_ATTEMPT) < 0) {
      return SHORTEST_ATTEMPT;
    }
    return left.compareTo(timeout) < 0 ? left : timeout;
  }

  private static BigDecimal parseRate(String json) throws IOException {
    Matcher rate = RATE.matcher(json);
    if (!rate.find()) {
      throw new IOException("no rate in the answer: " + json);
    }
    return new BigDecimal(rate.group(1));
  }
}
