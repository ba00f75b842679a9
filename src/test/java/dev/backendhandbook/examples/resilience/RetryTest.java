package dev.backendhandbook.examples.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class RetryTest {
  /** Time that only moves when the code under test sleeps or a fake call takes time. */
  private static final class FakeTime implements Retry.Time {
    private long now;
    final List<Duration> sleeps = new ArrayList<>();

    void advance(Duration by) {
      now += by.toNanos();
    }

    Duration elapsed() {
      return Duration.ofNanos(now);
    }

    @Override
    public long nanoTime() {
      return now;
    }

    @Override
    public void sleep(Duration duration) {
      sleeps.add(duration);
      advance(duration);
    }
  }

  /** A 503 or a timeout is worth another try; anything else, such as a 400, is not. */
  private static final class Unavailable extends IOException {
    private static final long serialVersionUID = 1L;

    Unavailable() {
      super("503 Service Unavailable");
    }
  }

  private final FakeTime time = new FakeTime();
  private final List<Duration> budgets = new ArrayList<>();

  private Retry retry(int maxAttempts, Duration deadline) {
    return retry(maxAttempts, deadline, new Random(42));
  }

  private Retry retry(int maxAttempts, Duration deadline, RandomGenerator random) {
    return new Retry(
        maxAttempts,
        Duration.ofMillis(100),
        Duration.ofSeconds(1),
        deadline,
        failure -> failure instanceof Unavailable,
        time,
        random);
  }

  @Test
  void pausesForARandomShareOfAnExponentialCeiling() throws Exception {
    String answer =
        retry(5, Duration.ofSeconds(10))
            .call(
                remaining -> {
                  budgets.add(remaining);
                  if (budgets.size() < 4) {
                    throw new Unavailable();
                  }
                  return "in stock";
                });

    assertEquals("in stock", answer);
    // Ceilings of 100, 200 and 400 ms; new Random(42) picks 72.8%, 68.3% and 30.9% of them.
    assertEquals(List.of(ms(72), ms(136), ms(123)), time.sleeps);
  }

  @Test
  void theCeilingDoublesUntilItReachesTheMaximumDelay() {
    RandomGenerator highest = () -> -1L; // every bit set: nextDouble() is just below 1
    Retry retry = retry(10, Duration.ofMinutes(1), highest);
    List<Duration> pauses = new ArrayList<>();
    for (int failed = 1; failed <= 7; failed++) {
      pauses.add(retry.backoff(failed));
    }
    assertEquals(List.of(ms(99), ms(199), ms(399), ms(799), ms(999), ms(999), ms(999)), pauses);
  }

  @Test
  void givesUpAfterTheLastAttemptAndThrowsItsFailure() {
    Unavailable last = new Unavailable();
    Exception thrown =
        assertThrows(
            Unavailable.class,
            () ->
                retry(3, Duration.ofSeconds(10))
                    .call(
                        remaining -> {
                          budgets.add(remaining);
                          throw budgets.size() == 3 ? last : new Unavailable();
                        }));

    assertSame(last, thrown);
    assertEquals(3, budgets.size());
    assertEquals(2, time.sleeps.size(), "no pause after the last attempt");
  }

  @Test
  void stopsAtTheDeadlineAndTellsEachAttemptWhatIsLeft() {
    assertThrows(
        Unavailable.class,
        () ->
            retry(5, Duration.ofSeconds(1))
                .call(
                    remaining -> {
                      budgets.add(remaining);
                      time.advance(ms(400)); // each attempt fails slowly
                      throw new Unavailable();
                    }));

    // 400 ms, a 72 ms pause, 400 ms: at 872 ms a 136 ms pause would overrun, so it stops.
    assertEquals(List.of(ms(1000), ms(528)), budgets);
    assertEquals(List.of(ms(72)), time.sleeps);
    assertEquals(ms(872), time.elapsed());
  }

  @Test
  void doesNotRetryAFailureThatWouldFailAgain() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            retry(5, Duration.ofSeconds(10))
                .call(
                    remaining -> {
                      budgets.add(remaining);
                      throw new IllegalArgumentException("400 Bad Request");
                    }));

    assertEquals(1, budgets.size());
    assertEquals(List.of(), time.sleeps);
  }

  private static Duration ms(long millis) {
    return Duration.ofMillis(millis);
  }
}
