package dev.backendhandbook.examples.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransferSqlTest {
  @Test
  void theTransferMovesTheMoneyInOneTransaction() throws Exception {
    try (Connection connection =
        DriverManager.getConnection("jdbc:h2:mem:transfer-" + System.nanoTime())) {
      SqlScripts.run(connection, "relational-databases-and-sql-transfer.sql");
      List<String> balances = new ArrayList<>();
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("SELECT balance FROM accounts ORDER BY id")) {
        while (rows.next()) {
          balances.add(rows.getBigDecimal(1).toPlainString());
        }
      }
      assertEquals(List.of("150.00", "180.00"), balances);
    }
  }
}
