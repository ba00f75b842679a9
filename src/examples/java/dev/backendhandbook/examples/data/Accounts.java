package dev.backendhandbook.examples.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Reads and writes one account balance in the ways the transactions page compares. */
public final class Accounts {
  /** A row as it was read: the balance, and a version number that every write moves on. */
  public record Account(long id, long balance, long version) {}

  private Accounts() {}

  public static void createTable(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE account (id BIGINT PRIMARY KEY, balance BIGINT NOT NULL,"
              + " version BIGINT NOT NULL)");
    }
  }

  public static void open(Connection connection, long id, long balance) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO account (id, balance, version) VALUES (?, ?, 1)")) {
      insert.setLong(1, id);
      insert.setLong(2, balance);
      insert.executeUpdate();
    }
  }

  // tag::read[]
  public static Account read(Connection connection, long id) throws SQLException {
    return one(connection, "SELECT id, balance, version FROM account WHERE id = ?", id);
  }

  // end::read[]

  // tag::blind-write[]
  /** The bug: stores a balance worked out from an earlier read, whatever has happened since. */
  public static void writeBalance(Connection connection, long id, long balance)
      throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement("UPDATE account SET balance = ? WHERE id = ?")) {
      update.setLong(1, balance);
      update.setLong(2, id);
      update.executeUpdate();
    }
  }

  // end::blind-write[]

  // tag::compare-and-set[]
  /**
   * Stores the new balance only if the row still has the version that was read. False means that
   * another transaction changed the row in between, so the caller's decision is out of date.
   */
  public static boolean writeIfUnchanged(Connection connection, Account seen, long balance)
      throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE account SET balance = ?, version = version + 1"
                + " WHERE id = ? AND version = ?")) {
      update.setLong(1, balance);
      update.setLong(2, seen.id());
      update.setLong(3, seen.version());
      return update.executeUpdate() == 1;
    }
  }

  // end::compare-and-set[]

  // tag::for-update[]
  /** Reads the row and locks it until this transaction ends, so other writers must wait. */
  public static Account readForUpdate(Connection connection, long id) throws SQLException {
    return one(connection, "SELECT id, balance, version FROM account WHERE id = ? FOR UPDATE", id);
  }

  // end::for-update[]

  private static Account one(Connection connection, String sql, long id) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      query.setLong(1, id);
      try (ResultSet row = query.executeQuery()) {
        if (!row.next()) {
          throw new SQLException("no account " + id);
        }
        return new Account(row.getLong("id"), row.getLong("balance"), row.getLong("version"));
      }
    }
  }
}
