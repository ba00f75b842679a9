package dev.backendhandbook.examples.performance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** An in-process cache whose entries expire, so stale values cannot live forever. */
public final class ExpiringCache<K, V> {
  private record Entry<V>(V value, Instant expires) {}

  private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
  private final Duration lifetime;
  private final Clock clock;

  public ExpiringCache(Duration lifetime, Clock clock) {
    this.lifetime = lifetime;
    this.clock = clock;
  }

  // tag::get[]
  /** The cached value, or a fresh one from {@code load} when there is none or it has expired. */
  public V get(K key, Function<K, V> load) {
    Instant now = clock.instant();
    Entry<V> entry = entries.get(key);
    if (entry == null || !now.isBefore(entry.expires())) {
      entry = new Entry<>(load.apply(key), now.plus(lifetime));
      entries.put(key, entry);
    }
    return entry.value();
  }

  /** Drops a key, for when the underlying data changes before the entry expires. */
  public void invalidate(K key) {
    entries.remove(key);
  }
  // end::get[]
}
