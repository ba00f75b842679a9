package dev.backendhandbook.bake;

import java.util.LinkedHashMap;
import java.util.Map;

/** How long each step of one bake took, for the benchmark and for writers who ask. */
final class Timings {
  private final Map<String, Long> laps = new LinkedHashMap<>();
  private long last = System.nanoTime();

  void lap(String step) {
    long now = System.nanoTime();
    laps.merge(step, (now - last) / 1_000_000, Long::sum);
    last = now;
  }

  Map<String, Long> laps() {
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(laps));
  }
}
