package dev.backendhandbook.examples.performance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/** An in-process cache whose entries expire, so stale values cannot live forever. */
public final class ExpiringCache<K, V> {
  private record Entry<V>(V value, Instant expires) {
    boolean freshAt(Instant now) {
      return now.isBefore(expires);
    }
  }

  private final ConcurrentMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
  private final Duration lifetime;
  private final Clock clock;
  private final AtomicReference<Instant> nextSweep;

  public ExpiringCache(Duration lifetime, Clock clock) {
    this.lifetime = lifetime;
    this.clock = clock;
    this.nextSweep = new AtomicReference<>(clock.instant().plus(lifetime));
  }

  // tag::get[]
  /**
   * The cached value, or a fresh one from {@code load} when there is none or it has expired. The
   * check and the store are one atomic step, so concurrent callers load a key only once; {@code
   * load} must be quick and must not use this cache.
   */
  public V get(K key, Function<? super K, ? extends V> load) {
    Instant now = clock.instant();
    sweepIfDue(now);
    return entries
        .compute(
            key,
            (k, entry) ->
                entry != null && entry.freshAt(now)
                    ? entry
                    : new Entry<>(load.apply(k), now.plus(lifetime)))
        .value();
  }

  /** Drops a key, for when the underlying data changes before the entry expires. */
  public void invalidate(K key) {
    entries.remove(key);
  }

  /** At most once per lifetime, removes expired entries that nobody has asked for again. */
  private void sweepIfDue(Instant now) {
    Instant due = nextSweep.get();
    if (!now.isBefore(due) && nextSweep.compareAndSet(due, now.plus(lifetime))) {
      entries.values().removeIf(entry -> !entry.freshAt(now));
    }
  }

  // end::get[]

  /** How many entries the cache holds, expired ones not yet swept included. */
  public int size() {
    return entries.size();
  }
}
