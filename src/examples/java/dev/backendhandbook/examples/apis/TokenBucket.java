package dev.backendhandbook.examples.apis;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A token bucket: it holds up to {@code capacity} tokens, gains one every {@code refillEvery}, and
 * each request takes one. A full bucket allows a burst; an empty one says when to come back.
 */
public final class TokenBucket {
  /** The answer to one request: allowed or not, tokens left, and seconds until the next one. */
  public record Decision(boolean allowed, long remaining, long retryAfterSeconds) {}

  private final long capacity;
  private final long nanosPerToken;
  private final LongSupplier nanoTime;
  private long tokens;
  private long lastRefill;

  /** {@code nanoTime} is {@code System::nanoTime} in production and a hand-moved clock in tests. */
  public TokenBucket(long capacity, Duration refillEvery, LongSupplier nanoTime) {
    if (capacity < 1 || refillEvery.isNegative() || refillEvery.isZero()) {
      throw new IllegalArgumentException("a bucket needs capacity and a positive refill time");
    }
    this.capacity = capacity;
    this.nanosPerToken = refillEvery.toNanos();
    this.nanoTime = nanoTime;
    this.tokens = capacity;
    this.lastRefill = nanoTime.getAsLong();
  }

  // tag::acquire[]
  public synchronized Decision tryAcquire() {
    long now = nanoTime.getAsLong();
    long earned = (now - lastRefill) / nanosPerToken;
    tokens = Math.min(capacity, tokens + earned);
    // Keep the time towards the next token, unless the bucket is full and cannot hold one more.
    lastRefill = tokens == capacity ? now : lastRefill + earned * nanosPerToken;
    if (tokens > 0) {
      tokens--;
      return new Decision(true, tokens, 0);
    }
    long waitNanos = nanosPerToken - (now - lastRefill);
    long retryAfter = (waitNanos + 999_999_999) / 1_000_000_000; // whole seconds, rounded up
    return new Decision(false, 0, retryAfter);
  }

  // end::acquire[]
}
