package dev.backendhandbook.examples.apis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backendhandbook.examples.apis.IdempotencyKeys.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IdempotencyKeysTest {
  /** A clock the test moves by hand. */
  private static final class ManualClock extends Clock {
    private Instant now = Instant.parse("2026-12-01T09:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  private static final String KEY = "8e03978e-40d5-43e8-bc93-6894a57f9324";
  private static final String PAYMENT = "{\"amount\": \"25.00\", \"currency\": \"GBP\"}";

  private final ManualClock clock = new ManualClock();
  private final IdempotencyKeys keys = new IdempotencyKeys(Duration.ofHours(24), clock);
  private final AtomicInteger charges = new AtomicInteger();
  private final ExecutorService pool = Executors.newFixedThreadPool(8);

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  /** Takes a payment: the operation that must not run twice for one request. */
  private Response charge() {
    int number = charges.incrementAndGet();
    return new Response(201, "{\"payment\": " + number + "}");
  }

  @Test
  void theFirstRequestRunsAndARetryGetsTheStoredResponseBack() {
    Response first = keys.handle("shop-1", KEY, PAYMENT, this::charge);
    assertEquals(new Response(201, "{\"payment\": 1}"), first);

    Response retry = keys.handle("shop-1", KEY, PAYMENT, this::charge);
    assertEquals(201, retry.status());
    assertEquals("{\"payment\": 1}", retry.body());
    assertTrue(retry.replayed());
    assertEquals(1, charges.get(), "the card was charged once");
  }

  @Test
  void theSameKeyWithADifferentBodyIsRejected() {
    keys.handle("shop-1", KEY, PAYMENT, this::charge);
    Response reused =
        keys.handle("shop-1", KEY, "{\"amount\": \"250.00\", \"currency\": \"GBP\"}", this::charge);
    assertEquals(422, reused.status());
    assertEquals(1, charges.get());
  }

  @Test
  void keysBelongToOneClient() {
    keys.handle("shop-1", KEY, PAYMENT, this::charge);
    Response other = keys.handle("shop-2", KEY, PAYMENT, this::charge);
    assertEquals(new Response(201, "{\"payment\": 2}"), other);
  }

  @Test
  void concurrentDuplicatesRunTheOperationOnceAndTheOthersGet409() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch finish = new CountDownLatch(1);
    Supplier<Response> slowCharge =
        () -> {
          started.countDown();
          try {
            assertTrue(finish.await(10, TimeUnit.SECONDS));
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return charge();
        };
    Future<Response> first = pool.submit(() -> keys.handle("shop-1", KEY, PAYMENT, slowCharge));
    assertTrue(started.await(10, TimeUnit.SECONDS), "the first request is taking the payment");

    List<Future<Response>> duplicates = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      duplicates.add(pool.submit(() -> keys.handle("shop-1", KEY, PAYMENT, slowCharge)));
    }
    for (Future<Response> duplicate : duplicates) {
      assertEquals(409, duplicate.get(10, TimeUnit.SECONDS).status());
    }
    finish.countDown();
    assertEquals(new Response(201, "{\"payment\": 1}"), first.get(10, TimeUnit.SECONDS));

    Response retry = keys.handle("shop-1", KEY, PAYMENT, this::charge);
    assertEquals("{\"payment\": 1}", retry.body());
    assertEquals(1, charges.get());
  }

  @Test
  void anOperationThatThrowsLeavesNoRecordSoARetryRunsAgain() {
    assertThrows(
        IllegalStateException.class,
        () ->
            keys.handle(
                "shop-1",
                KEY,
                PAYMENT,
                () -> {
                  throw new IllegalStateException("payment provider timed out");
                }));
    Response retry = keys.handle("shop-1", KEY, PAYMENT, this::charge);
    assertEquals(new Response(201, "{\"payment\": 1}"), retry);
    assertFalse(retry.replayed());
  }

  @Test
  void anExpiredKeyIsTreatedAsNew() {
    keys.handle("shop-1", KEY, PAYMENT, this::charge);
    clock.advance(Duration.ofHours(23));
    assertTrue(keys.handle("shop-1", KEY, PAYMENT, this::charge).replayed());
    clock.advance(Duration.ofHours(1));
    Response afterExpiry = keys.handle("shop-1", KEY, PAYMENT, this::charge);
    assertFalse(afterExpiry.replayed());
    assertEquals(2, charges.get());
  }
}
