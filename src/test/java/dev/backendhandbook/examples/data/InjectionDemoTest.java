package dev.backendhandbook.examples.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;

class InjectionDemoTest {
  private static final String ATTACK = "' OR '1'='1";

  @Test
  void concatenatedSqlLeaksEveryRowAndParametersDoNot() throws Exception {
    try (Connection connection =
        DriverManager.getConnection("jdbc:h2:mem:injection-" + System.nanoTime())) {
      SqlScripts.run(connection, "relational-databases-and-sql-shop.sql");
      assertEquals(List.of("Ada"), InjectionDemo.namesSafe(connection, "ada@example.org"));
      assertEquals(
          3,
          InjectionDemo.namesUnsafe(connection, ATTACK).size(),
          "the attack returns every customer");
      assertEquals(
          List.of(),
          InjectionDemo.namesSafe(connection, ATTACK),
          "as a parameter it is just an odd address");
    }
  }
}
