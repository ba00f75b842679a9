package dev.backendhandbook.examples.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ExpiringCacheTest {
  /** A clock the test moves by hand, so expiry is tested without waiting. */
  private static final class ManualClock extends Clock {
    private volatile Instant now = Instant.parse("2026-11-22T12:00:00Z");

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

  @Test
  void expiredEntriesThatNobodyReadsAreEvicted() {
    cache.get("tea", this::load);
    cache.get("coffee", this::load);
    clock.advance(Duration.ofMinutes(4));
    cache.get("milk", this::load);
    assertEquals(3, cache.size(), "nothing has expired yet");
    clock.advance(Duration.ofMinutes(2));
    cache.get("milk", this::load); // tea and coffee are now stale, and nobody asks for them again
    assertEquals(1, cache.size(), "only milk is left");
  }

  @Test
  void twoCallersForTheSameKeyLoadItOnce() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () -> {
          CountDownLatch firstLoadStarted = new CountDownLatch(1);
          CountDownLatch releaseFirstLoad = new CountDownLatch(1);
          Function<String, String> slowFirstLoad =
              key -> {
                int load = loads.incrementAndGet();
                if (load == 1) {
                  firstLoadStarted.countDown();
                  await(releaseFirstLoad);
                }
                return key + " #" + load;
              };
          CompletableFuture<String> first =
              CompletableFuture.supplyAsync(() -> cache.get("tea", slowFirstLoad));
          firstLoadStarted.await();

          AtomicReference<String> second = new AtomicReference<>();
          Thread secondCaller = new Thread(() -> second.set(cache.get("tea", slowFirstLoad)));
          secondCaller.start();
          // Wait until the second caller is either blocked behind the first load or finished.
          while (secondCaller.getState() != Thread.State.BLOCKED
              && secondCaller.getState() != Thread.State.TERMINATED) {
            Thread.onSpinWait();
          }
          releaseFirstLoad.countDown();
          secondCaller.join();

          assertEquals("tea #1", first.get());
          assertEquals("tea #1", second.get(), "the second caller got the first load's value");
          assertEquals(1, loads.get());
          assertEquals(1, cache.size());
        });
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
