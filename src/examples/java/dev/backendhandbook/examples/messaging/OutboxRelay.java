package dev.backendhandbook.examples.messaging;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Copies events from the outbox table to the message broker, oldest first. */
public final class OutboxRelay {
  /** The broker's side: returns once the broker has stored the event, throws if that is unsure. */
  @FunctionalInterface
  public interface Publisher {
    void publish(OutboxEvent event) throws IOException;
  }

  private final Connection connection;
  private final Publisher publisher;
  private long failures;

  public OutboxRelay(Connection connection, Publisher publisher) {
    this.connection = connection;
    this.publisher = publisher;
  }

  // tag::relay[]
  /** Publishes up to {@code limit} unsent events and returns how many went out. */
  public int relay(int limit) throws SQLException {
    List<OutboxEvent> unsent = unsent(limit);
    int published = 0;
    for (OutboxEvent event : unsent) {
      try {
        publisher.publish(event);
      } catch (IOException e) {
        failures++; // log it and count it; the event stays unsent and the next run retries it
        break; // stop here, so that no later event overtakes this one
      }
      // A crash at this point publishes the event again on the next run: at-least-once.
      try (PreparedStatement markSent =
          connection.prepareStatement("UPDATE outbox SET sent = TRUE WHERE id = ?")) {
        markSent.setLong(1, event.position());
        markSent.executeUpdate();
      }
      published++;
    }
    return published;
  }

  // end::relay[]

  /** How many publishes have failed since the relay started, for a metric or an alert. */
  public long failures() {
    return failures;
  }

  private List<OutboxEvent> unsent(int limit) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT * FROM outbox WHERE sent = FALSE ORDER BY id LIMIT ?")) {
      query.setInt(1, limit);
      try (ResultSet rows = query.executeQuery()) {
        return toEvents(rows);
      }
    }
  }

  static List<OutboxEvent> toEvents(ResultSet rows) throws SQLException {
    List<OutboxEvent> events = new ArrayList<>();
    while (rows.next()) {
      events.add(
          new OutboxEvent(
              rows.getLong("id"),
              rows.getObject("event_id", UUID.class),
              rows.getLong("order_id"),
              rows.getString("type"),
              rows.getString("payload")));
    }
    return events;
  }
}
