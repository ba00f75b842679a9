package dev.backendhandbook.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The built tool as a reader of the README runs it: {@code java -jar target/handbook.jar …}, on the
 * JDK the tests run on (the build names the jar in the system property {@code handbook.jar}).
 */
public final class HandbookJar {
  private HandbookJar() {}

  /** The jar, as an absolute path, so a command may run in any folder. */
  public static Path jar() {
    return Path.of(System.getProperty("handbook.jar", "target/handbook.jar")).toAbsolutePath();
  }

  /** The {@code java} of the JDK the tests run on. */
  public static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** {@code java -jar handbook.jar} followed by {@code arguments}. */
  public static List<String> command(String... arguments) {
    List<String> command = new ArrayList<>(List.of(java(), "-jar", jar().toString()));
    command.addAll(List.of(arguments));
    return command;
  }
}
