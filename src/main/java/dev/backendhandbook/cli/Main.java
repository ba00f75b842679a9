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

  /**
   * The command line was wrong: an unknown option, a missing argument, a folder that is not one.
   */
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
    // A command that fails on its input (a file it cannot read, say) fails like a finding: one line
    // naming the problem, exit 1, no stack trace. Exit 2 is for a wrong command line only.
    commandLine.setExecutionExceptionHandler(
        (exception, cmd, parseResult) -> {
          cmd.getErr().println("handbook: error: " + describe(exception));
          return FINDINGS;
        });
    int code;
    try {
      code = commandLine.execute(args);
    } catch (OutOfMemoryError tooSmall) {
      // A site larger than the heap the launcher gives is no defect of the site: say how to go on.
      err.println(outOfMemory(Runtime.getRuntime().maxMemory()));
      code = FINDINGS;
    }
    out.flush();
    err.flush();
    return code;
  }

  /** What the tool says when a site needs more memory than its heap. */
  static String outOfMemory(long heapBytes) {
    return "handbook: error: the site needs more memory than the "
        + heapBytes / (1024 * 1024)
        + " MB the tool's heap may use; give it more with HANDBOOK_JAVA_OPTIONS=-Xmx4g (or"
        + " -Xmx for the java command that runs it)";
  }

  /** An exception as one line: its message, or its kind when it has none, with its cause. */
  static String describe(Throwable exception) {
    String message = exception.getMessage();
    String text =
        message == null || message.isBlank() ? exception.getClass().getSimpleName() : message;
    Throwable cause = exception.getCause();
    if (cause != null && cause.getMessage() != null && !text.contains(cause.getMessage())) {
      text += ": " + cause.getMessage();
    }
    return text.replaceAll("\\s+", " ").strip();
  }
}
