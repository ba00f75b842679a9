package dev.backendhandbook.examples.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.backendhandbook.examples.resilience.CircuitBreaker.State;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {
  /** A clock the test moves by hand, so the cool-down passes without waiting. */
  private static final class ManualClock extends Clock {
    private Instant now = Instant.parse("2026-12-01T09:00:00Z");

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
  private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(30), clock);
  private final AtomicInteger calls = new AtomicInteger();

  private String failing() throws IOException {
    calls.incrementAndGet();
    throw new IOException("connection refused");
  }

  private String working() {
    calls.incrementAndGet();
    return "ok";
  }

  private void failTimes(int times) {
    for (int i = 0; i < times; i++) {
      assertThrows(IOException.class, () -> breaker.call(this::failing));
    }
  }

  @Test
  void opensAfterThreeFailuresInARow() throws Exception {
    failTimes(2);
    breaker.call(this::working); // a success resets the count
    failTimes(2);
    assertEquals(State.CLOSED, breaker.state());
    failTimes(1);
    assertEquals(State.OPEN, breaker.state());
    assertEquals(6, calls.get());
  }

  @Test
  void failsFastWhileOpenWithoutCallingTheDependency() {
    failTimes(3);
    clock.advance(Duration.ofSeconds(29));
    assertThrows(CircuitBreaker.OpenException.class, () -> breaker.call(this::working));
    assertEquals(3, calls.get(), "the dependency was not called while the breaker was open");
  }

  @Test
  void letsOneTrialCallThroughAfterTheCoolDownAndClosesOnSuccess() throws Exception {
    failTimes(3);
    clock.advance(Duration.ofSeconds(30));
    String answer =
        breaker.call(
            () -> {
              assertEquals(State.HALF_OPEN, breaker.state());
              // While the trial is running, a second caller is turned away.
              assertThrows(CircuitBreaker.OpenException.class, () -> breaker.call(this::working));
              return working();
            });
    assertEquals("ok", answer);
    assertEquals(State.CLOSED, breaker.state());
    assertEquals(4, calls.get());
    assertEquals("ok", breaker.call(this::working));
  }

  @Test
  void reopensWhenTheTrialFailsAndWaitsAFullCoolDownAgain() {
    failTimes(3);
    clock.advance(Duration.ofSeconds(30));
    assertThrows(IOException.class, () -> breaker.call(this::failing)); // the trial
    assertEquals(State.OPEN, breaker.state());
    clock.advance(Duration.ofSeconds(29));
    assertThrows(CircuitBreaker.OpenException.class, () -> breaker.call(this::working));
    assertEquals(4, calls.get());
    clock.advance(Duration.ofSeconds(1));
    assertThrows(IOException.class, () -> breaker.call(this::failing)); // the next trial
    assertEquals(5, calls.get());
  }
}
