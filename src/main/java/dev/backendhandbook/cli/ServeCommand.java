package dev.backendhandbook.cli;

import dev.backendhandbook.bake.BakeResult;
import dev.backendhandbook.bake.Baker;
import dev.backendhandbook.bake.SourceLayout;
import dev.backendhandbook.diagnostic.Diagnostic;
import dev.backendhandbook.serve.PreviewServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code serve SOURCE}: bakes, then serves the site on 127.0.0.1 until stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Bakes SOURCE into OUTPUT, then serves OUTPUT on 127.0.0.1 for preview (Ctrl-C stops)."
    })
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "SOURCE",
      defaultValue = "src",
      description = "The source folder (default: ${DEFAULT-VALUE}).")
  Path source;

  @Option(
      names = "--output",
      paramLabel = "OUTPUT",
      defaultValue = "target/preview",
      description = "Where to bake (default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(
      names = "--port",
      defaultValue = "8820",
      description = "The port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Override
  public Integer call() throws Exception {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    List<Diagnostic> diagnostics;
    try (Baker baker = new Baker()) {
      BakeResult result =
          baker.bake(
              SourceLayout.of(source),
              output,
              new Baker.Options(Map.of(), Path.of("target/handbook-cache"), true, null));
      diagnostics = result.diagnostics();
      if (!result.hasErrors()) {
        result.publish(output);
      }
    }
    Printing.findings(out, diagnostics);
    err.println("bake: " + Printing.count(diagnostics));
    try (PreviewServer server = PreviewServer.start(output, port)) {
      err.println(
          "serving " + Printing.display(output) + " at " + server.uri() + " (Ctrl-C stops)");
      err.flush();
      new CountDownLatch(1).await();
    }
    return Main.OK;
  }
}
