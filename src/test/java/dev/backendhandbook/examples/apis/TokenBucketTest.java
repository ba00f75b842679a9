package dev.backendhandbook.examples.apis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.backendhandbook.examples.apis.TokenBucket.Decision;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketTest {
  /** Nanoseconds that move only when the test says so. */
  private final AtomicLong now = new AtomicLong(7_000_000_000L);

  private void advance(Duration by) {
    now.addAndGet(by.toNanos());
  }

  private static Decision allowed(long remaining) {
    return new Decision(true, remaining, 0);
  }

  private static Decision refused(long retryAfterSeconds) {
    return new Decision(false, 0, retryAfterSeconds);
  }

  @Test
  void aFullBucketAllowsABurstOfItsCapacityAndThenRefuses() {
    TokenBucket bucket = new TokenBucket(5, Duration.ofMillis(200), now::get);
    for (long remaining = 4; remaining >= 0; remaining--) {
      assertEquals(allowed(remaining), bucket.tryAcquire());
    }
    assertEquals(refused(1), bucket.tryAcquire(), "0.2 s to the next token, rounded up");
  }

  @Test
  void tokensComeBackAtTheRefillRateAndNeverBeyondTheCapacity() {
    TokenBucket bucket = new TokenBucket(5, Duration.ofMillis(200), now::get);
    for (int i = 0; i < 5; i++) {
      bucket.tryAcquire();
    }
    advance(Duration.ofMillis(200));
    assertEquals(allowed(0), bucket.tryAcquire(), "one token in 200 ms");
    assertEquals(refused(1), bucket.tryAcquire());

    advance(Duration.ofHours(1));
    for (long remaining = 4; remaining >= 0; remaining--) {
      assertEquals(allowed(remaining), bucket.tryAcquire(), "an idle hour still buys five");
    }
    assertEquals(refused(1), bucket.tryAcquire());
  }

  @Test
  void retryAfterIsTheTimeToTheNextTokenInWholeSeconds() {
    TokenBucket bucket = new TokenBucket(2, Duration.ofSeconds(30), now::get);
    bucket.tryAcquire();
    bucket.tryAcquire();
    assertEquals(refused(30), bucket.tryAcquire());
    advance(Duration.ofSeconds(10));
    assertEquals(refused(20), bucket.tryAcquire());
    advance(Duration.ofMillis(19_500));
    assertEquals(refused(1), bucket.tryAcquire(), "half a second is rounded up to one");
    advance(Duration.ofMillis(500));
    assertEquals(allowed(0), bucket.tryAcquire());
  }

  @Test
  void aFullBucketDoesNotBankTimeTowardsTheNextToken() {
    TokenBucket bucket = new TokenBucket(1, Duration.ofSeconds(1), now::get);
    advance(Duration.ofMillis(500));
    assertEquals(allowed(0), bucket.tryAcquire());
    advance(Duration.ofMillis(500));
    assertEquals(refused(1), bucket.tryAcquire(), "only half a second since the token was taken");
    advance(Duration.ofMillis(500));
    assertEquals(allowed(0), bucket.tryAcquire());
  }
}
