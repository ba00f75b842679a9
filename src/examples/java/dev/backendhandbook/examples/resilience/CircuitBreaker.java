package dev.backendhandbook.examples.resilience;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;

/**
 * Stops calling a dependency that keeps failing, fails fast while it recovers, and tries it again
 * with one trial call after a cool-down.
 */
public final class CircuitBreaker {
  public enum State {
    CLOSED,
    OPEN,
    HALF_OPEN
  }

  /** Thrown instead of calling the dependency while the breaker is open. */
  public static final class OpenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OpenException(String message) {
      super(message);
    }
  }

  private final int failureThreshold;
  private final Duration coolDown;
  private final Clock clock;
  private State state = State.CLOSED;
  private int consecutiveFailures;
  private Instant openedAt = Instant.EPOCH;

  public CircuitBreaker(int failureThreshold, Duration coolDown, Clock clock) {
    this.failureThreshold = failureThreshold;
    this.coolDown = coolDown;
    this.clock = clock;
  }

  public synchronized State state() {
    return state;
  }

  // tag::call[]
  public <T> T call(Callable<T> action) throws Exception {
    permit(); // throws OpenException without touching the dependency
    T result;
    try {
      result = action.call();
    } catch (Exception failure) {
      recordFailure();
      throw failure;
    }
    recordSuccess();
    return result;
  }

  private synchronized void permit() {
    switch (state) {
      case CLOSED -> {}
      case OPEN -> {
        if (clock.instant().isBefore(openedAt.plus(coolDown))) {
          throw new OpenException("open until " + openedAt.plus(coolDown));
        }
        state = State.HALF_OPEN; // this caller becomes the one trial call
      }
      case HALF_OPEN -> throw new OpenException("a trial call is already in progress");
    }
  }

  private synchronized void recordFailure() {
    consecutiveFailures++;
    if (state == State.HALF_OPEN || consecutiveFailures >= failureThreshold) {
      state = State.OPEN; // the trial failed, or too many failures in a row
      openedAt = clock.instant();
    }
  }

  private synchronized void recordSuccess() {
    consecutiveFailures = 0;
    state = State.CLOSED;
  }
  // end::call[]
}
