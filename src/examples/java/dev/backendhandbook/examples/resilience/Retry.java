package dev.backendhandbook.examples.resilience;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * Retries a remote call with exponential backoff and full jitter, within a maximum number of
 * attempts and an overall deadline. Time and randomness are passed in, so a test can replace them.
 */
public final class Retry {
  /** The passage of time as the retry loop sees it. */
  public interface Time {
    /** A monotonic reading in nanoseconds, as from {@link System#nanoTime()}. */
    long nanoTime();

    void sleep(Duration duration) throws InterruptedException;

    /** The real clock: {@link System#nanoTime()} and {@link Thread#sleep(long)}. */
    Time SYSTEM =
        new Time() {
          @Override
          public long nanoTime() {
            return System.nanoTime();
          }

          @Override
          public void sleep(Duration duration) throws InterruptedException {
            Thread.sleep(duration.toMillis());
          }
        };
  }

  /** One attempt at the call, told how much of the overall deadline is left for it. */
  @FunctionalInterface
  public interface Attempt<T> {
    T call(Duration remaining) throws Exception;
  }

  private final int maxAttempts;
  private final Duration baseDelay;
  private final Duration maxDelay;
  private final Duration deadline;
  private final Predicate<Exception> retryable;
  private final Time time;
  private final RandomGenerator random;

  public Retry(
      int maxAttempts,
      Duration baseDelay,
      Duration maxDelay,
      Duration deadline,
      Predicate<Exception> retryable,
      Time time,
      RandomGenerator random) {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("at least one attempt is needed: " + maxAttempts);
    }
    this.maxAttempts = maxAttempts;
    this.baseDelay = baseDelay;
    this.maxDelay = maxDelay;
    this.deadline = deadline;
    this.retryable = retryable;
    this.time = time;
    this.random = random;
  }

  // tag::call[]
  public <T> T call(Attempt<T> attempt) throws Exception {
    long start = time.nanoTime();
    for (int number = 1; ; number++) {
      Duration remaining = deadline.minusNanos(time.nanoTime() - start);
      try {
        return attempt.call(remaining); // the attempt sets its own timeout from `remaining`
      } catch (InterruptedException e) {
        throw e; // someone wants this thread to stop: never retry that
      } catch (Exception failure) {
        if (!retryable.test(failure) || number == maxAttempts) {
          throw failure;
        }
        Duration pause = backoff(number);
        Duration left = deadline.minusNanos(time.nanoTime() - start);
        if (pause.compareTo(left) >= 0) {
          throw failure; // the next attempt could not finish in time, so stop now
        }
        time.sleep(pause);
      }
    }
  }

  /** Full jitter: a random pause between zero and the exponential ceiling for this attempt. */
  Duration backoff(int failedAttempts) {
    long ceiling = baseDelay.toMillis() << Math.min(failedAttempts - 1, 30);
    ceiling = Math.min(ceiling, maxDelay.toMillis());
    return Duration.ofMillis((long) (random.nextDouble() * ceiling));
  }
  // end::call[]
}
