package dev.backendhandbook.examples.operations;

import java.util.Arrays;

/**
 * Counts latencies into buckets with fixed upper bounds, as Prometheus and OpenTelemetry histograms
 * do. Histograms with the same bounds can be added together, which percentiles cannot.
 */
public final class LatencyHistogram {
  private final long[] upperBounds; // in milliseconds, ascending; a last bucket catches the rest
  private final long[] counts;

  /** A histogram whose buckets end at {@code upperBounds} milliseconds, plus one for the rest. */
  public LatencyHistogram(long... upperBounds) {
    for (int i = 1; i < upperBounds.length; i++) {
      if (upperBounds[i] <= upperBounds[i - 1]) {
        throw new IllegalArgumentException("bounds must rise: " + Arrays.toString(upperBounds));
      }
    }
    this.upperBounds = upperBounds.clone();
    this.counts = new long[upperBounds.length + 1];
  }

  // tag::histogram[]
  public void record(long millis) {
    int bucket = 0;
    while (bucket < upperBounds.length && millis > upperBounds[bucket]) {
      bucket++;
    }
    counts[bucket]++;
  }

  /** The histogram of both servers' requests together: each bucket's counts added. */
  public LatencyHistogram plus(LatencyHistogram other) {
    if (!Arrays.equals(upperBounds, other.upperBounds)) {
      throw new IllegalArgumentException("only histograms with the same buckets can be added");
    }
    LatencyHistogram sum = new LatencyHistogram(upperBounds);
    for (int i = 0; i < counts.length; i++) {
      sum.counts[i] = counts[i] + other.counts[i];
    }
    return sum;
  }

  /**
   * The upper bound of the bucket that holds the {@code p}th percentile: the p99 is at most this.
   * Returns {@link Long#MAX_VALUE} when that percentile falls in the last, unbounded bucket.
   */
  public long percentileAtMost(double p) {
    long total = Arrays.stream(counts).sum();
    if (total == 0 || !(p > 0 && p <= 100)) {
      throw new IllegalArgumentException("need measurements and 0 < p <= 100, got p = " + p);
    }
    long rank = (long) Math.ceil(p * total / 100);
    long seen = 0;
    for (int i = 0; i < upperBounds.length; i++) {
      seen += counts[i];
      if (seen >= rank) {
        return upperBounds[i];
      }
    }
    return Long.MAX_VALUE;
  }

  // end::histogram[]
}
