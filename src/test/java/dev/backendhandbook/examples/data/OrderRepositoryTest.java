package dev.backendhandbook.examples.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrderRepositoryTest {
  private Connection connection;
  private OrderRepository orders;

  @BeforeEach
  void open() throws SQLException {
    connection = DriverManager.getConnection("jdbc:h2:mem:orders-" + System.nanoTime());
    orders = new OrderRepository(connection);
    orders.createTables();
    orders.addStock("TEA-01", 5);
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
  }

  @Test
  void anOrderIsStoredAndStockTaken() throws SQLException {
    long id = orders.placeOrder("ada", new BigDecimal("19.90"), "TEA-01", 2);
    assertEquals(
        List.of(new OrderRepository.Order(id, "ada", new BigDecimal("19.90"))),
        orders.ordersOf("ada"));
    assertEquals(3, orders.stockOf("TEA-01"));
  }

  @Test
  void aFailedOrderLeavesNothingBehind() throws SQLException {
    // Six teas from a stock of five breaks the CHECK constraint: the whole transaction rolls back.
    assertThrows(
        SQLException.class, () -> orders.placeOrder("ada", new BigDecimal("59.70"), "TEA-01", 6));
    assertEquals(List.of(), orders.ordersOf("ada"));
    assertEquals(5, orders.stockOf("TEA-01"));
  }

  @Test
  void inputIsNeverReadAsSql() throws SQLException {
    orders.placeOrder("ada", new BigDecimal("9.95"), "TEA-01", 1);
    assertEquals(List.of(), orders.ordersOf("x' OR '1'='1"));
  }
}
