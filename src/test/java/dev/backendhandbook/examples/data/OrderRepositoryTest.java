package dev.backendhandbook.examples.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrderRepositoryTest {
  private JdbcDataSource dataSource;
  private Connection keepAlive; // an in-memory H2 database lives while a connection is open
  private OrderRepository orders;

  @BeforeEach
  void open() throws SQLException {
    dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:orders-" + System.nanoTime());
    keepAlive = dataSource.getConnection();
    orders = new OrderRepository(dataSource);
    orders.createTables();
    orders.addStock("TEA-01", 5);
  }

  @AfterEach
  void close() throws SQLException {
    keepAlive.close();
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
  void tooLittleStockRefusesTheOrder() throws SQLException {
    // Six teas from a stock of five breaks the CHECK constraint on the stock update itself.
    assertThrows(
        SQLException.class, () -> orders.placeOrder("ada", new BigDecimal("59.70"), "TEA-01", 6));
    assertEquals(List.of(), orders.ordersOf("ada"));
    assertEquals(5, orders.stockOf("TEA-01"));
  }

  @Test
  void aFailedOrderInsertPutsTheStockBack() throws SQLException {
    // The stock update succeeds, then a 101-character name breaks VARCHAR(100) in the insert.
    String tooLong = "a".repeat(101);
    assertThrows(
        SQLException.class, () -> orders.placeOrder(tooLong, new BigDecimal("9.95"), "TEA-01", 2));
    assertEquals(5, orders.stockOf("TEA-01"), "the rollback undid the stock change");
  }

  @Test
  void aRuntimeExceptionRollsBackToo() throws SQLException {
    OrderRepository failing =
        new OrderRepository(
            withInsertHook(
                (method, args) -> {
                  if (method.getName().equals("executeUpdate")) {
                    throw new IllegalStateException("the driver broke after the stock update");
                  }
                  return null;
                }));
    assertThrows(
        IllegalStateException.class,
        () -> failing.placeOrder("ada", new BigDecimal("19.90"), "TEA-01", 2));
    assertEquals(5, orders.stockOf("TEA-01"), "no half-finished transaction was committed");
    assertEquals(List.of(), orders.ordersOf("ada"));
  }

  @Test
  void aMissingGeneratedKeyFailsTheOrder() throws SQLException {
    OrderRepository noKeys =
        new OrderRepository(
            withInsertHook(
                (method, args) ->
                    method.getName().equals("getGeneratedKeys") ? emptyResultSet() : null));
    SQLException error =
        assertThrows(
            SQLException.class,
            () -> noKeys.placeOrder("ada", new BigDecimal("19.90"), "TEA-01", 2));
    assertEquals("the database returned no key for the new order", error.getMessage());
    assertEquals(List.of(), orders.ordersOf("ada"), "the inserted row was rolled back");
    assertEquals(5, orders.stockOf("TEA-01"));
  }

  @Test
  void inputIsNeverReadAsSql() throws SQLException {
    orders.placeOrder("ada", new BigDecimal("9.95"), "TEA-01", 1);
    assertEquals(List.of(), orders.ordersOf("x' OR '1'='1"));
  }

  /** Replaces a call's result, or returns null to let the real method run. */
  @FunctionalInterface
  private interface Hook {
    Object before(Method method, Object[] args) throws Exception;
  }

  private static <T> T proxy(Class<T> type, T target, Hook hook) {
    InvocationHandler handler =
        (self, method, args) -> {
          Object replaced = hook.before(method, args);
          if (replaced != null) {
            return replaced;
          }
          try {
            return method.invoke(target, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        };
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
  }

  /** The test's data source, with the hook placed on the statement that inserts the order. */
  private DataSource withInsertHook(Hook insertHook) {
    return proxy(
        DataSource.class,
        dataSource,
        (method, args) -> {
          if (!method.getName().equals("getConnection")) {
            return null;
          }
          Connection real = dataSource.getConnection();
          return proxy(
              Connection.class,
              real,
              (connectionMethod, connectionArgs) -> {
                if (connectionMethod.getName().equals("prepareStatement")
                    && connectionArgs[0].toString().startsWith("INSERT INTO orders")) {
                  PreparedStatement statement =
                      (PreparedStatement) connectionMethod.invoke(real, connectionArgs);
                  return proxy(PreparedStatement.class, statement, insertHook);
                }
                return null;
              });
        });
  }

  private static ResultSet emptyResultSet() {
    return (ResultSet)
        Proxy.newProxyInstance(
            ResultSet.class.getClassLoader(),
            new Class<?>[] {ResultSet.class},
            (self, method, args) ->
                switch (method.getName()) {
                  case "next" -> false;
                  case "close" -> null;
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }
}
