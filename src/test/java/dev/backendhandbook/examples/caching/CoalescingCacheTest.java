package dev.backendhandbook.examples.caching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CoalescingCacheTest {
  private static final int CALLERS = 8;

  private final ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
  private final AtomicInteger loads = new AtomicInteger();
  private final CountDownLatch loaderStarted = new CountDownLatch(1);
  private final CountDownLatch releaseLoader = new CountDownLatch(1);
  private final CountDownLatch joined = new CountDownLatch(CALLERS - 1);

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  /** A slow database read that the test holds open until it chooses to let it finish. */
  private String slowLoad(String key) {
    loads.incrementAndGet();
    loaderStarted.countDown();
    try {
      if (!releaseLoader.await(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the test never released the loader");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return "price of " + key;
  }

  @Test
  void manyConcurrentMissesRunTheLoaderOnceAndAllGetItsValue() throws Exception {
    CoalescingCache<String, String> cache =
        new CoalescingCache<>(this::slowLoad, key -> joined.countDown());
    List<Future<String>> results = new ArrayList<>();
    results.add(pool.submit(() -> cache.get("tea")));
    assertTrue(loaderStarted.await(10, TimeUnit.SECONDS), "the first caller is loading");
    for (int i = 1; i < CALLERS; i++) {
      results.add(pool.submit(() -> cache.get("tea")));
    }
    assertTrue(joined.await(10, TimeUnit.SECONDS), "seven callers wait on the same load");

    releaseLoader.countDown();
    for (Future<String> result : results) {
      assertEquals("price of tea", result.get(10, TimeUnit.SECONDS));
    }
    assertEquals(1, loads.get());
  }

  @Test
  void afterTheLoadLandsTheValueIsServedFromTheCacheUntilInvalidated() {
    releaseLoader.countDown();
    CoalescingCache<String, String> cache = new CoalescingCache<>(this::slowLoad);
    String first = cache.get("tea");
    assertSame(first, cache.get("tea"));
    assertEquals(1, loads.get());
    cache.invalidate("tea");
    cache.get("tea");
    assertEquals(2, loads.get());
  }

  @Test
  void aFailedLoadFailsEveryWaiterAndTheNextCallerLoadsAgain() throws Exception {
    CountDownLatch waiterJoined = new CountDownLatch(1);
    SingleFlight<String, String> flight = new SingleFlight<>(key -> waiterJoined.countDown());
    Future<String> loader =
        pool.submit(
            () ->
                flight.load(
                    "tea",
                    key -> {
                      slowLoad(key);
                      throw new IllegalStateException("database unavailable");
                    }));
    assertTrue(loaderStarted.await(10, TimeUnit.SECONDS));
    Future<String> waiter = pool.submit(() -> flight.load("tea", this::slowLoad));
    assertTrue(waiterJoined.await(10, TimeUnit.SECONDS), "the second caller joined the flight");
    releaseLoader.countDown();

    for (Future<String> caller : List.of(loader, waiter)) {
      ExecutionException failed = assertThrows(ExecutionException.class, caller::get);
      assertEquals("database unavailable", failed.getCause().getMessage());
    }
    assertEquals(1, loads.get(), "the waiter did not start a load of its own");
    assertEquals("price of tea", flight.load("tea", this::slowLoad));
    assertEquals(2, loads.get());
  }
}
