package dev.backendhandbook.examples.operations;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Collects the lines a {@link JsonLogger} writes. A client can receive its response a moment before
 * the server writes "request completed", so tests wait for those lines on a semaphore, not a timer.
 */
final class CapturedLines implements Consumer<String> {
  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final Semaphore completed = new Semaphore(0);

  @Override
  public void accept(String line) {
    lines.add(line);
    if ("request completed".equals(FlatJson.parse(line).get("message"))) {
      completed.release();
    }
  }

  /** Waits until {@code requests} requests have logged their last line, then returns every line. */
  List<String> afterRequests(int requests) throws InterruptedException {
    if (!completed.tryAcquire(requests, 10, TimeUnit.SECONDS)) {
      throw new AssertionError("fewer than " + requests + " requests completed: " + lines);
    }
    return List.copyOf(lines);
  }

  static List<Map<String, String>> parse(List<String> lines) {
    return lines.stream().map(FlatJson::parse).collect(Collectors.toList());
  }
}
