package dev.backendhandbook.examples.concurrency;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** Four counters that many threads increment at once: the first loses updates, the rest do not. */
public final class Counters {
  private Counters() {}

  /** A count of events, such as requests served, shared by every thread of a server. */
  public interface Counter {
    void increment();

    long get();
  }

  // tag::unsafe[]
  /** Reads, adds and writes in separate steps, so two threads can both read the same value. */
  public static final class UnsafeCounter implements Counter {
    private final Runnable betweenReadAndWrite;
    private long value;

    /**
     * @param betweenReadAndWrite runs after the read and before the write; it stands for anything
     *     that can happen there, from a context switch to a garbage collection pause
     */
    public UnsafeCounter(Runnable betweenReadAndWrite) {
      this.betweenReadAndWrite = betweenReadAndWrite;
    }

    @Override
    public void increment() {
      long read = value; // what value++ does: read,
      betweenReadAndWrite.run();
      value = read + 1; // then write, over any update made in between
    }

    @Override
    public long get() {
      return value;
    }
  }

  // end::unsafe[]

  // tag::safe[]
  /** One lock around the read and the write: a second thread waits until the first is done. */
  public static final class LockedCounter implements Counter {
    private final Runnable betweenReadAndWrite;
    private long value;

    public LockedCounter(Runnable betweenReadAndWrite) {
      this.betweenReadAndWrite = betweenReadAndWrite;
    }

    @Override
    public synchronized void increment() {
      long read = value;
      betweenReadAndWrite.run(); // still inside the lock: no one else can read meanwhile
      value = read + 1;
    }

    @Override
    public synchronized long get() {
      return value;
    }
  }

  /** A compare-and-set loop in the processor: no lock, and no update is lost. */
  public static final class AtomicCounter implements Counter {
    private final AtomicLong value = new AtomicLong();

    @Override
    public void increment() {
      value.incrementAndGet();
    }

    @Override
    public long get() {
      return value.get();
    }
  }

  /** Spreads increments over several cells under contention, and adds them up when read. */
  public static final class AdderCounter implements Counter {
    private final LongAdder value = new LongAdder();

    @Override
    public void increment() {
      value.increment();
    }

    @Override
    public long get() {
      return value.sum();
    }
  }
  // end::safe[]
}
