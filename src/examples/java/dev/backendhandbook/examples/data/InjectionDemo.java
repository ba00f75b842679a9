package dev.backendhandbook.examples.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The same lookup written unsafely and safely, to show what SQL injection does. */
public final class InjectionDemo {
  private InjectionDemo() {}

  // tag::unsafe[]
  // Never do this: the input becomes part of the SQL text.
  static List<String> namesUnsafe(Connection connection, String email) throws SQLException {
    String sql = "SELECT name FROM customers WHERE email = '" + email + "'";
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      return names(rows);
    }
  }

  // end::unsafe[]

  // tag::safe[]
  // The SQL and the value travel separately; the value is never read as SQL.
  static List<String> namesSafe(Connection connection, String email) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("SELECT name FROM customers WHERE email = ?")) {
      query.setString(1, email);
      try (ResultSet rows = query.executeQuery()) {
        return names(rows);
      }
    }
  }

  // end::safe[]

  private static List<String> names(ResultSet rows) throws SQLException {
    List<String> names = new ArrayList<>();
    while (rows.next()) {
      names.add(rows.getString(1));
    }
    return names;
  }
}
