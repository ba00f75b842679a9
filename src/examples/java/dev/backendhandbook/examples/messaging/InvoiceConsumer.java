package dev.backendhandbook.examples.messaging;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** A consumer in another service that raises one invoice per order, however often it hears. */
public final class InvoiceConsumer {
  /** The SQL state of a unique or primary key violation, the same in H2 and PostgreSQL. */
  private static final String UNIQUE_VIOLATION = "23505";

  private final Connection connection;

  public InvoiceConsumer(Connection connection) {
    this.connection = connection;
  }

  public void createTables() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE processed_events (event_id UUID PRIMARY KEY)");
      statement.execute(
          "CREATE TABLE invoices (id BIGINT AUTO_INCREMENT PRIMARY KEY, order_id BIGINT NOT NULL)");
    }
  }

  // tag::consume[]
  /** Raises the order's invoice and returns true, or returns false for an event seen before. */
  public boolean handle(OutboxEvent event) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try (PreparedStatement remember =
            connection.prepareStatement("INSERT INTO processed_events (event_id) VALUES (?)");
        PreparedStatement invoice =
            connection.prepareStatement("INSERT INTO invoices (order_id) VALUES (?)")) {
      remember.setObject(1, event.eventId());
      remember.executeUpdate(); // a second delivery of the same event breaks the key here
      invoice.setLong(1, event.orderId());
      invoice.executeUpdate();
      connection.commit(); // the effect and the memory of it are stored together
      return true;
    } catch (SQLException e) {
      connection.rollback();
      if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
        return false; // already processed: acknowledge the message and do nothing
      }
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  // end::consume[]

  public int invoicesFor(long orderId) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("SELECT COUNT(*) FROM invoices WHERE order_id = ?")) {
      query.setLong(1, orderId);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }
}
