package dev.backendhandbook.examples.concurrency;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs one blocking call per task, each on a virtual thread of its own. */
public final class VirtualThreadFanOut {
  private VirtualThreadFanOut() {}

  /** A call that blocks its thread, such as a query or an HTTP request to another service. */
  @FunctionalInterface
  public interface BlockingCall {
    String call(int id) throws InterruptedException;
  }

  /** What a task saw of the thread that ran it, recorded just after its call returned. */
  public record Outcome(String reply, boolean virtual, String carrier) {}

  // tag::fan-out[]
  public static List<Outcome> callAll(int calls, BlockingCall call)
      throws InterruptedException, ExecutionException {
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<Outcome>> futures = new ArrayList<>(calls);
      for (int i = 0; i < calls; i++) {
        int id = i;
        futures.add(
            executor.submit(
                () -> {
                  String reply = call.call(id); // blocking unmounts the virtual thread
                  Thread self = Thread.currentThread();
                  return new Outcome(reply, self.isVirtual(), carrierOf(self));
                }));
      }
      List<Outcome> outcomes = new ArrayList<>(calls);
      for (Future<Outcome> future : futures) {
        outcomes.add(future.get());
      }
      return outcomes;
    } // close() waits for every task to finish
  }

  // end::fan-out[]

  /**
   * The platform thread a virtual thread is mounted on, read from its description, such as {@code
   * VirtualThread[#42]/runnable@ForkJoinPool-1-worker-3}; the format is informal, which is
   * acceptable in a demonstration but not in production code.
   */
  static String carrierOf(Thread thread) {
    String description = thread.toString();
    int at = description.lastIndexOf('@');
    return at < 0 ? "" : description.substring(at + 1);
  }
}
