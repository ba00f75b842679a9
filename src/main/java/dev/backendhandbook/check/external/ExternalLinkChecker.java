package dev.backendhandbook.check.external;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.jspecify.annotations.Nullable;

/**
 * Asks each external URL once whether it still answers: concurrently, with a timeout, at most a few
 * requests per host at a time, retrying with back-off when a host is busy ({@code 429}, {@code
 * 503}, a timeout), honouring {@code Retry-After}, and following redirects.
 */
public final class ExternalLinkChecker {
  /** The knobs of one run. */
  public record Settings(
      Duration timeout,
      int concurrency,
      int perHost,
      int attempts,
      Duration firstBackoff,
      Duration longestWait) {
    public static Settings defaults() {
      return new Settings(
          Duration.ofSeconds(10), 16, 2, 3, Duration.ofSeconds(1), Duration.ofSeconds(30));
    }
  }

  private static final int MAX_REDIRECTS = 5;

  private final Settings settings;
  private final LinkCache cache;
  private final Clock clock;
  private final HttpClient client;
  private final Map<String, Semaphore> hosts = new ConcurrentHashMap<>();

  public ExternalLinkChecker(Settings settings, LinkCache cache, Clock clock) {
    this.settings = settings;
    this.cache = cache;
    this.clock = clock;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(settings.timeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** Checks every URL, each once, and returns what each answered. */
  public Map<String, LinkStatus> check(Collection<String> urls) throws InterruptedException {
    Map<String, LinkStatus> results = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, settings.concurrency()));
    try {
      List<Future<LinkStatus>> running =
          urls.stream()
              .distinct()
              .map(url -> pool.submit(() -> results.put(url, checkOne(url))))
              .toList();
      for (Future<LinkStatus> future : running) {
        try {
          future.get();
        } catch (java.util.concurrent.ExecutionException e) {
          throw new IllegalStateException(e.getCause());
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return results;
  }

  private LinkStatus checkOne(String url) {
    long now = clock.instant().getEpochSecond();
    LinkStatus cached = cache.fresh(url, now);
    if (cached != null) {
      return cached;
    }
    LinkStatus status;
    try {
      status = follow(url, now);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      status = new LinkStatus(url, 0, "check interrupted", now);
    }
    cache.remember(status);
    return status;
  }

  /** Follows redirects from {@code url}, asking each hop with retries. */
  private LinkStatus follow(String url, long now) throws InterruptedException {
    URI current;
    try {
      current = URI.create(url);
    } catch (IllegalArgumentException e) {
      return new LinkStatus(url, 0, "is not a valid URL", now);
    }
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      Answer answer = ask(current);
      if (answer.problem() != null) {
        return new LinkStatus(url, 0, answer.problem(), now);
      }
      int code = answer.status();
      if (code >= 300 && code < 400 && answer.location().isPresent()) {
        current = current.resolve(answer.location().get());
        continue;
      }
      if (code >= 200 && code < 300) {
        return new LinkStatus(url, code, null, now);
      }
      return new LinkStatus(
          url,
          code,
          "answered "
              + code
              + (hop > 0
                  ? " after " + hop + " redirect" + (hop == 1 ? "" : "s") + " (at " + current + ")"
                  : ""),
          now);
    }
    return new LinkStatus(url, 0, "redirects more than " + MAX_REDIRECTS + " times", now);
  }

  /** One hop's answer: a status, or a problem when none came; Retry-After when the host sent it. */
  private record Answer(
      int status,
      Optional<String> location,
      @Nullable String problem,
      @Nullable Duration retryAfter) {
    static Answer failed(String problem) {
      return new Answer(0, Optional.empty(), problem, null);
    }
  }

  /** One hop: HEAD, then GET for servers that refuse HEAD, retrying when the host is busy. */
  private Answer ask(URI uri) throws InterruptedException {
    Semaphore host =
        hosts.computeIfAbsent(
            uri.getHost() == null ? "" : uri.getHost(),
            h -> new Semaphore(Math.max(1, settings.perHost())));
    Duration backoff = settings.firstBackoff();
    Answer last = null;
    for (int attempt = 1; attempt <= settings.attempts(); attempt++) {
      host.acquire();
      try {
        last = request(uri, "HEAD");
        if (last.status() == 405 || last.status() == 501) {
          last = request(uri, "GET");
        }
      } finally {
        host.release();
      }
      boolean busy =
          last.status() == 429
              || last.status() == 503
              || (last.problem() != null && last.problem().startsWith("timed out"));
      if (!busy || attempt == settings.attempts()) {
        return last;
      }
      Duration wait = last.retryAfter() != null ? last.retryAfter() : backoff;
      Thread.sleep(Math.min(wait.toMillis(), settings.longestWait().toMillis()));
      backoff = backoff.multipliedBy(2);
    }
    return Objects.requireNonNull(last, "at least one attempt");
  }

  private Answer request(URI uri, String method) throws InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .method(method, HttpRequest.BodyPublishers.noBody())
            .timeout(settings.timeout())
            .header("User-Agent", "handbook-check (link checker)")
            .build();
    try {
      HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
      return new Answer(
          response.statusCode(),
          response.headers().firstValue("Location"),
          null,
          retryAfter(response));
    } catch (HttpTimeoutException e) {
      return Answer.failed("timed out after " + settings.timeout().toMillis() + " ms");
    } catch (ConnectException e) {
      return Answer.failed("could not connect to " + uri.getHost());
    } catch (IOException e) {
      return Answer.failed(
          "failed: "
              + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }
  }

  private static @Nullable Duration retryAfter(HttpResponse<?> response) {
    return response
        .headers()
        .firstValue("Retry-After")
        .filter(v -> v.strip().matches("\\d+"))
        .map(v -> Duration.ofSeconds(Long.parseLong(v.strip())))
        .orElse(null);
  }
}
