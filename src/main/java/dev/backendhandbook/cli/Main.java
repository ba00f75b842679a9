package dev.backendhandbook.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** The handbook tool's entry point: {@code java -jar handbook.jar bake|check|serve …}. */
public final class Main {
  /** Everything was fine. */
  public static final int OK = 0;

  /** The tool ran and found errors. */
  public static final int FINDINGS = 1;

  /** The command line was wrong, or the input could not be read. */
  public static final int USAGE = 2;

  private Main() {}

  public static void main(String[] args) {
    System.exit(
        run(
            new PrintWriter(System.out, true, StandardCharsets.UTF_8),
            new PrintWriter(System.err, true, StandardCharsets.UTF_8),
            args));
  }

  /** Runs one command, printing to {@code out} and {@code err}, and returns its exit code. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = new CommandLine(new HandbookCommand());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(
        (exception, cmd, parseResult) -> {
          cmd.getErr().println("handbook: " + exception.getMessage());
          return USAGE;
        });
    int code = commandLine.execute(args);
    out.flush();
    err.flush();
    return code;
  }
}
