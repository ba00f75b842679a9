package dev.backendhandbook.examples.data;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** Shows, with H2's EXPLAIN, that the query scans the table until the index exists. */
class IndexPlanTest {
  private static final String QUERY = "SELECT id, total FROM orders WHERE customer_id = 42";

  private static String plan(Connection connection) throws Exception {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("EXPLAIN " + QUERY)) {
      result.next();
      return result.getString(1);
    }
  }

  @Test
  void theIndexReplacesAFullScan() throws Exception {
    try (Connection connection =
        DriverManager.getConnection("jdbc:h2:mem:plan-" + System.nanoTime())) {
      var statements = SqlScripts.statements(SqlScripts.file("database-performance-index.sql"));
      try (Statement statement = connection.createStatement()) {
        statement.execute(statements.get(0));
        statement.execute(statements.get(1));
      }
      String before = plan(connection);
      assertTrue(before.contains("tableScan"), before);
      assertFalse(before.contains("ORDERS_CUSTOMER_IDX"), before);

      try (Statement statement = connection.createStatement()) {
        statement.execute(statements.get(2));
      }
      String after = plan(connection);
      assertTrue(after.contains("ORDERS_CUSTOMER_IDX"), after);
      assertFalse(after.contains("tableScan"), after);

      // The page's EXPLAIN ANALYZE runs the query and reports the rows it read: 20, not 20,000.
      try (Statement statement = connection.createStatement();
          ResultSet result = statement.executeQuery(statements.get(3))) {
        result.next();
        String analyzed = result.getString(1);
        assertTrue(
            analyzed.contains("ORDERS_CUSTOMER_IDX") && analyzed.contains("scanCount: 21"),
            analyzed);
      }
    }
  }
}
