package dev.backendhandbook.examples.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OutboxTest {
  /** What the in-memory broker does with the next publish. */
  private enum Next {
    STORE,
    BE_DOWN,
    STORE_BUT_LOSE_THE_ACK
  }

  /** A broker in memory that can be told to fail, before or after it has stored the event. */
  private static final class FlakyBroker implements OutboxRelay.Publisher {
    final List<OutboxEvent> stored = new ArrayList<>();
    final Deque<Next> script = new ArrayDeque<>();

    @Override
    public void publish(OutboxEvent event) throws IOException {
      Next next = script.isEmpty() ? Next.STORE : script.removeFirst();
      if (next == Next.BE_DOWN) {
        throw new IOException("connection refused");
      }
      stored.add(event);
      if (next == Next.STORE_BUT_LOSE_THE_ACK) {
        throw new IOException("timed out waiting for the acknowledgement");
      }
    }
  }

  /** Event ids from a fixed list, so a test can repeat one on purpose. */
  private static Supplier<UUID> ids(String... ids) {
    Deque<UUID> queue = new ArrayDeque<>();
    for (String id : ids) {
      queue.add(UUID.fromString(id));
    }
    return queue::removeFirst;
  }

  private static final String ID_1 = "00000000-0000-0000-0000-000000000001";
  private static final String ID_2 = "00000000-0000-0000-0000-000000000002";
  private static final String ID_3 = "00000000-0000-0000-0000-000000000003";

  private Connection shop;
  private Connection billing;
  private final FlakyBroker broker = new FlakyBroker();

  @BeforeEach
  void open() throws SQLException {
    shop = DriverManager.getConnection("jdbc:h2:mem:shop-" + System.nanoTime());
    billing = DriverManager.getConnection("jdbc:h2:mem:billing-" + System.nanoTime());
  }

  @AfterEach
  void close() throws SQLException {
    shop.close();
    billing.close();
  }

  private OrderOutbox outbox(Supplier<UUID> eventIds) throws SQLException {
    OrderOutbox outbox = new OrderOutbox(shop, eventIds);
    outbox.createTables();
    return outbox;
  }

  @Test
  void theOrderAndItsEventAreStoredTogether() throws SQLException {
    OrderOutbox outbox = outbox(ids(ID_1));
    long order = outbox.placeOrder("ada", new BigDecimal("19.90"));

    assertEquals(List.of(order), outbox.ordersOf("ada"));
    OutboxEvent event = outbox.events().get(0);
    assertEquals(UUID.fromString(ID_1), event.eventId());
    assertEquals(order, event.orderId());
    assertEquals("OrderPlaced", event.type());
    assertEquals("{\"orderId\":" + order + ",\"total\":\"19.90\"}", event.payload());
  }

  @Test
  void aFailureAfterTheOrderInsertLeavesNeitherRow() throws SQLException {
    // The second order reuses the first event id: its order row is inserted, then the event
    // insert breaks the unique key, and the rollback takes the order row with it.
    OrderOutbox outbox = outbox(ids(ID_1, ID_1));
    outbox.placeOrder("ada", new BigDecimal("19.90"));

    assertThrows(SQLException.class, () -> outbox.placeOrder("grace", new BigDecimal("5.00")));
    assertEquals(List.of(), outbox.ordersOf("grace"), "no order without its event");
    assertEquals(1, outbox.events().size(), "no event without its order");
  }

  @Test
  void theRelayPublishesEventsInOrderAndOnlyOnce() throws SQLException {
    OrderOutbox outbox = outbox(ids(ID_1, ID_2, ID_3));
    outbox.placeOrder("ada", new BigDecimal("1.00"));
    outbox.placeOrder("ada", new BigDecimal("2.00"));
    outbox.placeOrder("ada", new BigDecimal("3.00"));
    OutboxRelay relay = new OutboxRelay(shop, broker);

    assertEquals(2, relay.relay(2), "a run publishes at most its batch");
    assertEquals(1, relay.relay(10));
    assertEquals(0, relay.relay(10), "nothing is left to send");
    assertEquals(outbox.events(), broker.stored, "every event once, in the order written");
  }

  @Test
  void aFailedPublishLeavesTheEventUnsentAndTheNextRunSendsIt() throws SQLException {
    OrderOutbox outbox = outbox(ids(ID_1, ID_2));
    outbox.placeOrder("ada", new BigDecimal("1.00"));
    outbox.placeOrder("ada", new BigDecimal("2.00"));
    OutboxRelay relay = new OutboxRelay(shop, broker);
    broker.script.add(Next.BE_DOWN);

    assertEquals(0, relay.relay(10), "the first event failed, and the second waits behind it");
    assertEquals(List.of(), broker.stored);
    assertEquals(1, relay.failures());

    assertEquals(2, relay.relay(10), "the broker is back: both go out, in their order");
    assertEquals(
        List.of(UUID.fromString(ID_1), UUID.fromString(ID_2)),
        broker.stored.stream().map(OutboxEvent::eventId).toList());
  }

  @Test
  void aLostAcknowledgementDeliversTwiceAndTheConsumerActsOnce() throws SQLException {
    OrderOutbox outbox = outbox(ids(ID_1));
    long order = outbox.placeOrder("ada", new BigDecimal("19.90"));
    OutboxRelay relay = new OutboxRelay(shop, broker);
    broker.script.add(Next.STORE_BUT_LOSE_THE_ACK);

    assertEquals(0, relay.relay(10), "the relay cannot know the broker kept the event");
    assertEquals(1, relay.relay(10), "so it publishes it again");
    assertEquals(2, broker.stored.size(), "at-least-once: the broker now holds two copies");
    assertEquals(broker.stored.get(0), broker.stored.get(1));

    InvoiceConsumer invoices = new InvoiceConsumer(billing);
    invoices.createTables();
    assertTrue(invoices.handle(broker.stored.get(0)), "the first copy raises the invoice");
    assertFalse(invoices.handle(broker.stored.get(1)), "the second is recognised and ignored");
    assertEquals(1, invoices.invoicesFor(order));
  }
}
