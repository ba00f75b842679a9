package dev.backendhandbook.examples.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class JsonLoggerTest {
  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final JsonLogger log =
      new JsonLogger(
          "orders",
          JsonLogger.Level.INFO,
          Clock.fixed(Instant.parse("2026-12-01T09:30:00Z"), ZoneOffset.UTC),
          lines::add);

  @Test
  void writesOneJsonObjectPerLineWithTheStandardFieldsFirst() {
    log.info("order placed", Map.of("order_id", 42L));

    assertEquals(
        List.of(
            "{\"time\":\"2026-12-01T09:30:00Z\",\"level\":\"INFO\",\"logger\":\"orders\","
                + "\"message\":\"order placed\",\"order_id\":42}"),
        lines);
  }

  @Test
  void dropsLinesBelowTheMinimumLevel() {
    log.debug("cache miss", Map.of());
    log.warn("payment slow", Map.of());

    assertEquals(1, lines.size());
    assertEquals("WARN", FlatJson.parse(lines.get(0)).get("level"));
  }

  @Test
  void escapesTextSoThatALineStaysOneValidObject() {
    log.error("bad input", Map.of("detail", "said \"hi\"\nthen {\"level\":\"INFO\"}\u0007"));

    assertEquals(1, lines.size());
    assertFalse(lines.get(0).contains("\n"), "a new line in a value must not split the line");
    Map<String, String> fields = FlatJson.parse(lines.get(0));
    assertEquals("ERROR", fields.get("level"), "the forged level stays inside the value");
    assertEquals("said \"hi\"\nthen {\"level\":\"INFO\"}\u0007", fields.get("detail"));
  }

  @Test
  void theCorrelationIdIsInEveryLineWhileAttachedAndGoneAfter() throws IOException {
    JsonLogger.withCorrelationId(
        "req-1",
        () -> {
          log.info("first", Map.of());
          JsonLogger.withCorrelationId("req-1-retry", () -> log.info("nested", Map.of()));
          log.info("second", Map.of());
        });
    log.info("outside", Map.of());

    assertEquals("req-1", FlatJson.parse(lines.get(0)).get("correlation_id"));
    assertEquals("req-1-retry", FlatJson.parse(lines.get(1)).get("correlation_id"));
    assertEquals("req-1", FlatJson.parse(lines.get(2)).get("correlation_id"), "outer id restored");
    assertFalse(FlatJson.parse(lines.get(3)).containsKey("correlation_id"));
    assertEquals(Optional.empty(), JsonLogger.correlationId());
  }

  @Test
  void theIdIsDetachedEvenWhenTheWorkFails() {
    assertThrows(
        IOException.class,
        () ->
            JsonLogger.withCorrelationId(
                "req-2",
                () -> {
                  throw new IOException("database down");
                }));
    assertTrue(JsonLogger.correlationId().isEmpty());
  }
}
