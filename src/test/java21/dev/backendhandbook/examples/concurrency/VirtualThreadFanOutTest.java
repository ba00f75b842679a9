package dev.backendhandbook.examples.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backendhandbook.examples.concurrency.VirtualThreadFanOut.Outcome;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class VirtualThreadFanOutTest {
  private static final int CALLS = 10_000;

  @Test
  void tenThousandCallsAreAllBlockedAtOnceOnAFewCarrierThreads()
      throws InterruptedException, ExecutionException {
    // Each call arrives, then waits until all 10,000 have arrived: no call can return unless
    // every one of them is blocked at the same moment, which takes 10,000 threads.
    CountDownLatch allArrived = new CountDownLatch(CALLS);
    List<Outcome> outcomes =
        VirtualThreadFanOut.callAll(
            CALLS,
            id -> {
              allArrived.countDown();
              if (!allArrived.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the calls were not all in flight together");
              }
              return "reply " + id;
            });

    assertEquals(
        IntStream.range(0, CALLS).mapToObj(id -> "reply " + id).toList(),
        outcomes.stream().map(Outcome::reply).toList());
    assertTrue(outcomes.stream().allMatch(Outcome::virtual), "every call ran on a virtual thread");
    Set<String> carriers = outcomes.stream().map(Outcome::carrier).collect(Collectors.toSet());
    assertFalse(carriers.contains(""), "a running virtual thread names its carrier");
    int parallelism = Runtime.getRuntime().availableProcessors();
    assertTrue(
        carriers.size() <= parallelism,
        () -> carriers.size() + " carrier threads for " + parallelism + " processors: " + carriers);
  }

  @Test
  void aPoolOfPlatformThreadsRunsOnlyAsManyBlockingCallsAsItHasThreads()
      throws InterruptedException {
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(100, 100, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>());
    CountDownLatch arrived = new CountDownLatch(CALLS);
    CountDownLatch release = new CountDownLatch(1);
    try {
      for (int i = 0; i < CALLS; i++) {
        pool.execute(
            () -> {
              arrived.countDown();
              try {
                release.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
      }
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (arrived.getCount() > CALLS - 100 && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      // 100 calls block their threads; the other 9,900 wait in the queue behind them, so the
      // gate of the test above, which needs all 10,000 in flight, would never open.
      assertEquals(CALLS - 100, arrived.getCount());
      assertEquals(CALLS - 100, pool.getQueue().size());
    } finally {
      release.countDown();
      pool.shutdown();
      assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS));
    }
  }
}
