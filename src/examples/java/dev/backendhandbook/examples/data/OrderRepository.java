package dev.backendhandbook.examples.data;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Stores and reads orders over JDBC, the JDK's standard interface to relational databases. */
public final class OrderRepository {
  /** One order as the application sees it. */
  public record Order(long id, String customer, BigDecimal total) {}

  private final Connection connection;

  public OrderRepository(Connection connection) {
    this.connection = connection;
  }

  public void createTables() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE IF NOT EXISTS orders (id BIGINT AUTO_INCREMENT PRIMARY KEY, customer"
              + " VARCHAR(100) NOT NULL, total DECIMAL(10, 2) NOT NULL)");
      statement.execute(
          "CREATE TABLE IF NOT EXISTS stock (sku VARCHAR(20) PRIMARY KEY, quantity INT NOT NULL"
              + " CHECK (quantity >= 0))");
    }
  }

  // tag::place-order[]
  /** Records an order and takes its items from stock: both happen, or neither does. */
  public long placeOrder(String customer, BigDecimal total, String sku, int quantity)
      throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try (PreparedStatement takeStock =
            connection.prepareStatement("UPDATE stock SET quantity = quantity - ? WHERE sku = ?");
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
      try (ResultSet keys = insertOrder.getGeneratedKeys()) {
        keys.next();
        long id = keys.getLong(1);
        connection.commit();
        return id;
      }
    } catch (SQLException e) {
      connection.rollback(); // the stock change is undone too
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  // end::place-order[]

  // tag::find[]
  public List<Order> ordersOf(String customer) throws SQLException {
    try (PreparedStatement query =
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
    try (PreparedStatement insert =
        connection.prepareStatement("INSERT INTO stock (sku, quantity) VALUES (?, ?)")) {
      insert.setString(1, sku);
      insert.setInt(2, quantity);
      insert.executeUpdate();
    }
  }

  public int stockOf(String sku) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("SELECT quantity FROM stock WHERE sku = ?")) {
      query.setString(1, sku);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? rows.getInt(1) : 0;
      }
    }
  }
}
