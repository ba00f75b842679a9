package dev.backendhandbook.examples.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ExpiringCacheTest {
  /** A clock the test moves by hand, so expiry is tested without waiting. */
  private static final class ManualClock extends Clock {
    private Instant now = Instant.parse("2026-11-22T12:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  private final ManualClock clock = new ManualClock();
  private final ExpiringCache<String, String> cache =
      new ExpiringCache<>(Duration.ofMinutes(5), clock);
  private final AtomicInteger loads = new AtomicInteger();

  private String load(String key) {
    return key + " #" + loads.incrementAndGet();
  }

  @Test
  void servesFromTheCacheUntilTheEntryExpires() {
    assertEquals("tea #1", cache.get("tea", this::load));
    clock.advance(Duration.ofMinutes(4));
    assertEquals("tea #1", cache.get("tea", this::load));
    clock.advance(Duration.ofMinutes(1));
    assertEquals(
        "tea #2", cache.get("tea", this::load), "after five minutes the value is loaded again");
  }

  @Test
  void invalidatingForcesAFreshLoad() {
    cache.get("tea", this::load);
    cache.invalidate("tea");
    assertEquals("tea #2", cache.get("tea", this::load));
  }
}
