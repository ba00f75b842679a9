package dev.backendhandbook.examples.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs the SQL shown on the relational databases page and checks what it returns. */
class ShopSqlTest {
  private Connection connection;

  @BeforeEach
  void open() throws Exception {
    connection = DriverManager.getConnection("jdbc:h2:mem:shop-" + System.nanoTime());
    SqlScripts.run(connection, "relational-databases-and-sql-shop.sql");
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
  }

  private List<String> report() throws Exception {
    String report =
        SqlScripts.statements(SqlScripts.file("relational-databases-and-sql-report.sql")).get(0);
    List<String> rows = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(report)) {
      while (result.next()) {
        rows.add(
            result.getInt("id")
                + " "
                + result.getString("name")
                + " "
                + result.getInt("orders")
                + " "
                + result.getBigDecimal("spent").toPlainString());
      }
    }
    return rows;
  }

  @Test
  void theReportJoinsGroupsAndSorts() throws Exception {
    // Ada's second order was lowered to 40.00 and Grace's only order deleted.
    assertEquals(List.of("1 Ada 2 59.90", "2 Grace 0 0", "3 Linus 0 0"), report());
  }

  @Test
  void twoCustomersWithTheSameNameStaySeparate() throws Exception {
    try (Statement statement = connection.createStatement()) {
      statement.execute("INSERT INTO customers VALUES (4, 'Ada', 'ada.l@example.org')");
      statement.execute("INSERT INTO orders VALUES (13, 4, DATE '2026-03-20', 5.00)");
    }
    // Grouped by name, the two Adas would merge into one row of 3 orders and 64.90.
    assertEquals(List.of("1 Ada 2 59.90", "4 Ada 1 5.00", "2 Grace 0 0", "3 Linus 0 0"), report());
  }

  @Test
  void constraintsRefuseBadRows() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      assertThrows(
          SQLException.class,
          () -> statement.execute("INSERT INTO orders VALUES (20, 99, DATE '2026-04-01', 5.00)"),
          "no such customer");
      assertThrows(
          SQLException.class,
          () -> statement.execute("INSERT INTO orders VALUES (21, 1, DATE '2026-04-01', -5.00)"),
          "negative total");
      assertThrows(
          SQLException.class,
          () ->
              statement.execute("INSERT INTO customers VALUES (4, 'Ada again', 'ada@example.org')"),
          "duplicate e-mail");
    }
  }
}
