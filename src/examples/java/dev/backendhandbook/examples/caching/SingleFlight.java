package dev.backendhandbook.examples.caching;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Coalesces concurrent loads of the same key: while one caller loads it, every other caller for
 * that key waits for the same result instead of starting a load of its own.
 */
public final class SingleFlight<K, V> {
  private final ConcurrentMap<K, CompletableFuture<V>> inFlight = new ConcurrentHashMap<>();
  private final Consumer<K> onJoin;

  public SingleFlight() {
    this(key -> {});
  }

  /** {@code onJoin} hears of every caller that joins a load already in flight, for a metric. */
  public SingleFlight(Consumer<K> onJoin) {
    this.onJoin = onJoin;
  }

  // tag::load[]
  public V load(K key, Function<? super K, ? extends V> loader) {
    CompletableFuture<V> mine = new CompletableFuture<>();
    CompletableFuture<V> running = inFlight.putIfAbsent(key, mine);
    if (running != null) {
      onJoin.accept(key);
      return await(running); // someone else is loading this key: share their result
    }
    try {
      V value = loader.apply(key);
      mine.complete(value);
      return value;
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e); // the waiters fail with the same error ...
      throw e;
    } finally {
      inFlight.remove(key, mine); // ... and the next caller starts a fresh load
    }
  }

  // end::load[]

  private static <V> V await(CompletableFuture<V> running) {
    try {
      return running.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }
}
