package dev.backendhandbook.examples.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {
  /** {@code count} requests that each took {@code millis}. */
  private static LongStream times(int count, long millis) {
    return LongStream.generate(() -> millis).limit(count);
  }

  private static long[] concat(LongStream... parts) {
    return Arrays.stream(parts).flatMapToLong(part -> part).toArray();
  }

  @Test
  void theMeanHidesASlowTailThatTheP99Shows() {
    // 95 requests take 80 ms and 5 take 3 seconds, as on the Performance and Scalability page.
    long[] latencies = concat(times(95, 80), times(5, 3_000));

    assertEquals(226.0, Percentiles.mean(latencies), 1e-9, "looks comfortable");
    assertEquals(80, Percentiles.percentile(latencies, 50));
    assertEquals(80, Percentiles.percentile(latencies, 95));
    assertEquals(3_000, Percentiles.percentile(latencies, 99), "one visitor in twenty waits 3 s");
  }

  @Test
  void percentilesOfTwoServersCannotBeAveragedButHistogramsCanBeAdded() {
    long[] busyAndHealthy = concat(times(9_950, 20), times(50, 300));
    long[] quietAndSick = times(100, 2_000).toArray();

    long p99Busy = Percentiles.percentile(busyAndHealthy, 99);
    long p99Quiet = Percentiles.percentile(quietAndSick, 99);
    assertEquals(20, p99Busy);
    assertEquals(2_000, p99Quiet);
    assertEquals(1_010.0, (p99Busy + p99Quiet) / 2.0, "the average of the two p99s");

    long truth =
        Percentiles.percentile(
            concat(Arrays.stream(busyAndHealthy), Arrays.stream(quietAndSick)), 99);
    assertEquals(300, truth, "the real p99 of all 10,100 requests");

    long[] bounds = {25, 50, 100, 250, 500, 1_000, 2_500};
    LatencyHistogram busy = new LatencyHistogram(bounds);
    Arrays.stream(busyAndHealthy).forEach(busy::record);
    LatencyHistogram quiet = new LatencyHistogram(bounds);
    Arrays.stream(quietAndSick).forEach(quiet::record);

    long fromHistograms = busy.plus(quiet).percentileAtMost(99);
    assertEquals(500, fromHistograms, "the bucket (250, 500] holds the p99");
    assertTrue(truth > 250 && truth <= fromHistograms);
  }

  @Test
  void aPercentileInTheOpenTopBucketHasNoUpperBound() {
    LatencyHistogram histogram = new LatencyHistogram(100, 1_000);
    histogram.record(50);
    histogram.record(5_000);

    assertEquals(100, histogram.percentileAtMost(50));
    assertEquals(Long.MAX_VALUE, histogram.percentileAtMost(99));
  }

  @Test
  void rejectsAnEmptyDataSetAndImpossiblePercentiles() {
    assertThrows(IllegalArgumentException.class, () -> Percentiles.percentile(new long[0], 50));
    assertThrows(IllegalArgumentException.class, () -> Percentiles.percentile(new long[] {1}, 0));
    assertThrows(IllegalArgumentException.class, () -> Percentiles.percentile(new long[] {1}, 101));
    assertThrows(
        IllegalArgumentException.class,
        () -> new LatencyHistogram(100, 50),
        "bucket bounds must rise");
  }
}
