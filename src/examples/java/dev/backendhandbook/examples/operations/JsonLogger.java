package dev.backendhandbook.examples.operations;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Writes one JSON object per line, and adds the correlation id of the request being handled on this
 * thread to every line, so that all the lines of one request can be found with one search.
 */
public final class JsonLogger {
  /** Severity, lowest first. */
  public enum Level {
    DEBUG,
    INFO,
    WARN,
    ERROR
  }

  /** Work that runs with a correlation id attached; it may throw what the work throws. */
  @FunctionalInterface
  public interface Work<E extends Exception> {
    void run() throws E;
  }

  private static final ThreadLocal<String> CORRELATION_ID = new ThreadLocal<>();

  private final String name;
  private final Level minimum;
  private final Clock clock;
  private final Consumer<String> out;

  /**
   * A logger called {@code name} that drops lines below {@code minimum} and hands each whole line
   * to {@code out}, which must be safe to call from several threads (as {@code System.out::println}
   * is).
   */
  public JsonLogger(String name, Level minimum, Clock clock, Consumer<String> out) {
    this.name = name;
    this.minimum = minimum;
    this.clock = clock;
    this.out = out;
  }

  // tag::context[]
  /** Runs {@code work} with {@code id} in every line this thread logs, and detaches it after. */
  public static <E extends Exception> void withCorrelationId(String id, Work<E> work) throws E {
    String outer = CORRELATION_ID.get();
    CORRELATION_ID.set(id);
    try {
      work.run();
    } finally {
      if (outer == null) {
        CORRELATION_ID.remove(); // a pooled thread must not carry this id into its next request
      } else {
        CORRELATION_ID.set(outer);
      }
    }
  }

  // end::context[]

  /** The correlation id attached to this thread, if any. */
  public static Optional<String> correlationId() {
    return Optional.ofNullable(CORRELATION_ID.get());
  }

  public void debug(String message, Map<String, ?> fields) {
    log(Level.DEBUG, message, fields);
  }

  public void info(String message, Map<String, ?> fields) {
    log(Level.INFO, message, fields);
  }

  public void warn(String message, Map<String, ?> fields) {
    log(Level.WARN, message, fields);
  }

  public void error(String message, Map<String, ?> fields) {
    log(Level.ERROR, message, fields);
  }

  // tag::log[]
  public void log(Level level, String message, Map<String, ?> fields) {
    if (level.compareTo(minimum) < 0) {
      return;
    }
    StringBuilder line = new StringBuilder(160).append('{');
    append(line, "time", clock.instant().toString());
    append(line, "level", level.name());
    append(line, "logger", name);
    append(line, "message", message);
    String id = CORRELATION_ID.get();
    if (id != null) {
      append(line, "correlation_id", id);
    }
    fields.forEach((key, value) -> append(line, key, value));
    out.accept(line.append('}').toString()); // one call per line, so lines never interleave
  }

  private static void append(StringBuilder line, String key, Object value) {
    if (line.length() > 1) {
      line.append(',');
    }
    quote(line, key).append(':');
    if (value instanceof Integer || value instanceof Long || value instanceof Boolean) {
      line.append(value); // numbers and booleans stay JSON numbers and booleans
    } else {
      quote(line, String.valueOf(value));
    }
  }

  // end::log[]

  /** Appends {@code text} as a JSON string, escaping what RFC 8259 requires. */
  private static StringBuilder quote(StringBuilder line, String text) {
    line.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> line.append("\\\"");
        case '\\' -> line.append("\\\\");
        case '\n' -> line.append("\\n");
        case '\r' -> line.append("\\r");
        case '\t' -> line.append("\\t");
        default -> {
          if (c < 0x20) {
            line.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            line.append(c);
          }
        }
      }
    }
    return line.append('"');
  }
}
