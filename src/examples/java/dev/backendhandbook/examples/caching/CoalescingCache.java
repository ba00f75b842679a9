package dev.backendhandbook.examples.caching;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

/** A cache-aside cache whose misses for one key, however many at once, cause a single load. */
public final class CoalescingCache<K, V> {
  private final Map<K, V> values = new ConcurrentHashMap<>();
  private final SingleFlight<K, V> flight;
  private final Function<? super K, ? extends V> loader;

  public CoalescingCache(Function<? super K, ? extends V> loader) {
    this(loader, key -> {});
  }

  public CoalescingCache(Function<? super K, ? extends V> loader, Consumer<K> onJoin) {
    this.loader = loader;
    this.flight = new SingleFlight<>(onJoin);
  }

  // tag::get[]
  public V get(K key) {
    V cached = values.get(key);
    if (cached != null) {
      return cached;
    }
    return flight.load(
        key,
        k -> {
          V landed = values.get(k); // a flight may have landed since the first look
          if (landed != null) {
            return landed;
          }
          V value = loader.apply(k);
          values.put(k, value);
          return value;
        });
  }

  // end::get[]

  public void invalidate(K key) {
    values.remove(key);
  }
}
