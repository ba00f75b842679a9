package dev.backendhandbook.examples.operations;

import java.util.Arrays;

/** The mean and percentiles of a set of measured latencies, in milliseconds. */
public final class Percentiles {
  private Percentiles() {}

  // tag::percentile[]
  /**
   * The nearest-rank percentile: the smallest measurement that at least {@code p} percent of all
   * measurements are less than or equal to. {@code percentile(latencies, 99)} is the p99.
   */
  public static long percentile(long[] measurements, double p) {
    if (measurements.length == 0 || !(p > 0 && p <= 100)) {
      throw new IllegalArgumentException("need measurements and 0 < p <= 100, got p = " + p);
    }
    long[] sorted = measurements.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p * sorted.length / 100); // 1-based position in sorted order
    return sorted[rank - 1];
  }

  public static double mean(long[] measurements) {
    return Arrays.stream(measurements).average().orElseThrow();
  }

  // end::percentile[]
}
