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
import org.junit.jupiter.api.Test;

class RenameSqlTest {
  @Test
  void expandBackfillAndContractRenameTheColumnWithoutLosingARow() throws Exception {
    try (Connection connection =
            DriverManager.getConnection("jdbc:h2:mem:rename-" + System.nanoTime());
        Statement statement = connection.createStatement()) {
      SqlScripts.run(connection, "transactions-in-depth-rename.sql");

      List<String> names = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery("SELECT full_name FROM customer ORDER BY id")) {
        while (rows.next()) {
          names.add(rows.getString(1));
        }
      }
      assertEquals(List.of("Ada Lovelace", "Grace Hopper", "Alan Turing"), names);
      assertThrows(
          SQLException.class,
          () -> statement.executeQuery("SELECT name FROM customer"),
          "the old column is gone");
      assertThrows(
          SQLException.class,
          () -> statement.executeUpdate("INSERT INTO customer (id) VALUES (4)"),
          "full_name is now required");
    }
  }
}
