package dev.backendhandbook.examples.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Runs the SQL files of src/examples/sql the way a reader would paste them into a console. */
public final class SqlScripts {
  private SqlScripts() {}

  public static Path file(String name) {
    return Path.of(System.getProperty("handbook.examples", "src/examples"), "sql", name);
  }

  /** The statements of a file: split at a ';' that ends a line, without '--' comment lines. */
  public static List<String> statements(Path file) throws IOException {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : Files.readAllLines(file)) {
      if (line.strip().startsWith("--")) {
        continue;
      }
      current.append(line).append('\n');
      if (line.strip().endsWith(";")) {
        String text = current.toString().strip();
        statements.add(text.substring(0, text.length() - 1));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      statements.add(current.toString().strip());
    }
    return statements;
  }

  public static void run(Connection connection, String name) throws IOException, SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String sql : statements(file(name))) {
        statement.execute(sql);
      }
    }
  }
}
