package dev.backendhandbook.examples.data;

import java.sql.Connection;
import java.sql.SQLException;

/** Runs a unit of work as one transaction, and runs all of it again when the database says so. */
public final class Transactions {
  /** Work done inside one transaction: every read and every write, from the start. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /**
   * Thrown by work whose version check failed. It carries SQLSTATE 40001, the code databases use
   * for a transaction refused because of a concurrent one, so it is retried in the same way.
   */
  public static final class StaleDataException extends SQLException {
    private static final long serialVersionUID = 1L;

    public StaleDataException(String message) {
      super(message, "40001");
    }
  }

  private Transactions() {}

  // tag::retry[]
  /**
   * Runs {@code work} in a transaction and commits it. On a serialisation failure or a deadlock the
   * transaction is rolled back and the whole of {@code work} runs again, reads included, up to
   * {@code maxAttempts} times in all. Production code would also wait a short, random time between
   * attempts.
   */
  public static <T> T inTransaction(Connection connection, int maxAttempts, Work<T> work)
      throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      for (int attempt = 1; ; attempt++) {
        try {
          T result = work.run(connection);
          connection.commit(); // a commit can fail with a serialisation failure too
          return result;
        } catch (SQLException e) {
          connection.rollback();
          if (!isRetryable(e) || attempt >= maxAttempts) {
            throw e;
          }
        }
      }
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  /** 40001: serialisation failure (and MySQL's deadlock); 40P01: PostgreSQL's deadlock. */
  public static boolean isRetryable(SQLException e) {
    String state = e.getSQLState();
    return "40001".equals(state) || "40P01".equals(state);
  }

  // end::retry[]
}
