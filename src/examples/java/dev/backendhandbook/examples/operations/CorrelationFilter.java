package dev.backendhandbook.examples.operations;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Gives every request a correlation id: the caller's, when it sent a well-formed one, or a new one.
 * The id goes into every log line written while the request is handled and back to the caller in
 * the response, so a support ticket that quotes it leads straight to the right lines.
 */
public final class CorrelationFilter extends Filter {
  public static final String HEADER = "X-Correlation-Id";

  /** Short and plain: a caller must not be able to write quotes, new lines or a novel into logs. */
  private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private final JsonLogger log;
  private final Supplier<String> newId;

  public CorrelationFilter(JsonLogger log) {
    this(log, () -> UUID.randomUUID().toString());
  }

  /** A filter whose new ids come from {@code newId}, so tests can predict them. */
  public CorrelationFilter(JsonLogger log, Supplier<String> newId) {
    this.log = log;
    this.newId = newId;
  }

  // tag::filter[]
  @Override
  public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
    String offered = exchange.getRequestHeaders().getFirst(HEADER);
    String id = offered != null && WELL_FORMED.matcher(offered).matches() ? offered : newId.get();
    exchange.getResponseHeaders().set(HEADER, id); // before the handler sends the headers
    long started = System.nanoTime();
    JsonLogger.withCorrelationId(
        id,
        () -> {
          log.info(
              "request received",
              Map.of(
                  "method", exchange.getRequestMethod(),
                  // the path only: query strings carry e-mail addresses and tokens
                  "path", exchange.getRequestURI().getPath()));
          try {
            chain.doFilter(exchange);
          } finally {
            int status = exchange.getResponseCode(); // -1 if the handler failed before answering
            log.log(
                status >= 500 || status < 0 ? JsonLogger.Level.ERROR : JsonLogger.Level.INFO,
                "request completed",
                Map.of("status", status, "duration_ms", (System.nanoTime() - started) / 1_000_000));
          }
        });
  }

  // end::filter[]

  @Override
  public String description() {
    return "Adds a correlation id to the response and to every log line of the request";
  }
}
