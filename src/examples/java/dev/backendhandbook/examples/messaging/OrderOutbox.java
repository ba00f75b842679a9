package dev.backendhandbook.examples.messaging;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

/** Records orders and, in the same transaction, the event that tells other services about them. */
public final class OrderOutbox {
  private final Connection connection;
  private final Supplier<UUID> eventIds;

  /**
   * @param eventIds the source of event ids: {@code UUID::randomUUID} in production, a fixed
   *     sequence in tests
   */
  public OrderOutbox(Connection connection, Supplier<UUID> eventIds) {
    this.connection = connection;
    this.eventIds = eventIds;
  }

  // tag::tables[]
  public void createTables() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE orders (id BIGINT AUTO_INCREMENT PRIMARY KEY,"
              + " customer VARCHAR(100) NOT NULL, total DECIMAL(10, 2) NOT NULL)");
      statement.execute(
          "CREATE TABLE outbox (id BIGINT AUTO_INCREMENT PRIMARY KEY,"
              + " event_id UUID NOT NULL UNIQUE, order_id BIGINT NOT NULL,"
              + " type VARCHAR(50) NOT NULL, payload VARCHAR(1000) NOT NULL,"
              + " sent BOOLEAN DEFAULT FALSE NOT NULL)");
    }
  }

  // end::tables[]

  // tag::place-order[]
  /** Stores the order and its {@code OrderPlaced} event: both are committed, or neither is. */
  public long placeOrder(String customer, BigDecimal total) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try (PreparedStatement insertOrder =
            connection.prepareStatement(
                "INSERT INTO orders (customer, total) VALUES (?, ?)",
                Statement.RETURN_GENERATED_KEYS);
        PreparedStatement insertEvent =
            connection.prepareStatement(
                "INSERT INTO outbox (event_id, order_id, type, payload) VALUES (?, ?, ?, ?)")) {
      insertOrder.setString(1, customer);
      insertOrder.setBigDecimal(2, total);
      insertOrder.executeUpdate();
      long orderId;
      try (ResultSet keys = insertOrder.getGeneratedKeys()) {
        keys.next();
        orderId = keys.getLong(1);
      }
      insertEvent.setObject(1, eventIds.get());
      insertEvent.setLong(2, orderId);
      insertEvent.setString(3, "OrderPlaced");
      insertEvent.setString(
          4, String.format(Locale.ROOT, "{\"orderId\":%d,\"total\":\"%s\"}", orderId, total));
      insertEvent.executeUpdate();
      connection.commit(); // the order and its event become visible together
      return orderId;
    } catch (SQLException e) {
      connection.rollback(); // a failure anywhere undoes the order as well as the event
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  // end::place-order[]

  /** The ids of the customer's stored orders, oldest first. */
  public List<Long> ordersOf(String customer) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("SELECT id FROM orders WHERE customer = ? ORDER BY id")) {
      query.setString(1, customer);
      try (ResultSet rows = query.executeQuery()) {
        List<Long> ids = new ArrayList<>();
        while (rows.next()) {
          ids.add(rows.getLong(1));
        }
        return ids;
      }
    }
  }

  /** Every event in the outbox, sent or not, oldest first. */
  public List<OutboxEvent> events() throws SQLException {
    try (Statement query = connection.createStatement();
        ResultSet rows = query.executeQuery("SELECT * FROM outbox ORDER BY id")) {
      return OutboxRelay.toEvents(rows);
    }
  }
}
