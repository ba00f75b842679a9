package dev.backendhandbook.examples.data;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Stores and reads orders over JDBC, the JDK's standard interface to relational databases. */
public final class OrderRepository {
  /** One order as the application sees it. */
  public record Order(long id, String customer, BigDecimal total) {}

  private final DataSource dataSource;

  /** In an application the data source is a connection pool, such as HikariCP. */
  public OrderRepository(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public void createTables() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE IF NOT EXISTS orders (id BIGINT AUTO_INCREMENT PRIMARY KEY, customer"
              + " VARCHAR(100) NOT NULL, total DECIMAL(10, 2) NOT NULL)");
      statement.execute(
          "CREATE TABLE IF NOT EXISTS stock (sku VARCHAR(20) PRIMARY KEY, quantity INT NOT NULL"
              + " CHECK (quantity >= 0))");
    }
  }

  // tag::place-order[]
  /** Takes the items from stock and records the order: both happen, or neither does. */
  public long placeOrder(String customer, BigDecimal total, String sku, int quantity)
      throws SQLException {
    try (Connection connection = dataSource.getConnection()) { // borrowed from the pool
      connection.setAutoCommit(false); // one transaction, until commit or rollback
      try (PreparedStatement takeStock =
              connection.prepareStatement(
                  "UPDATE stock SET quantity = quantity - ? WHERE sku = ?");
          PreparedStatement insertOrder =
              connection.prepareStatement(
                  "INSERT INTO orders (customer, total) VALUES (?, ?)",
                  Statement.RETURN_GENERATED_KEYS)) {
        takeStock.setInt(1, quantity);
        takeStock.setString(2, sku);
        if (takeStock.executeUpdate() != 1) {
          throw new SQLException("unknown product " + sku);
        }
        insertOrder.setString(1, customer);
        insertOrder.setBigDecimal(2, total);
        insertOrder.executeUpdate();
        long id;
        try (ResultSet keys = insertOrder.getGeneratedKeys()) {
          if (!keys.next()) {
            throw new SQLException("the database returned no key for the new order");
          }
          id = keys.getLong(1);
        }
        connection.commit();
        return id;
      } catch (SQLException | RuntimeException e) {
        try {
          connection.rollback(); // whatever failed, the stock change is undone
        } catch (SQLException rollbackFailure) {
          e.addSuppressed(rollbackFailure);
        }
        throw e;
      }
    }
  }

  // end::place-order[]

  // tag::find[]
  public List<Order> ordersOf(String customer) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT id, customer, total FROM orders WHERE customer = ? ORDER BY id")) {
      query.setString(1, customer); // a parameter, never pasted into the SQL text
      try (ResultSet rows = query.executeQuery()) {
        List<Order> orders = new ArrayList<>();
        while (rows.next()) {
          orders.add(
              new Order(
                  rows.getLong("id"), rows.getString("customer"), rows.getBigDecimal("total")));
        }
        return orders;
      }
    }
  }

  // end::find[]

  public void addStock(String sku, int quantity) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement("INSERT INTO stock (sku, quantity) VALUES (?, ?)")) {
      insert.setString(1, sku);
      insert.setInt(2, quantity);
      insert.executeUpdate();
    }
  }

  public int stockOf(String sku) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement("SELECT quantity FROM stock WHERE sku = ?")) {
      query.setString(1, sku);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? rows.getInt(1) : 0;
      }
    }
  }
}
