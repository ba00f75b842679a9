package dev.backendhandbook.cli;

import dev.backendhandbook.bake.Baker;
import dev.backendhandbook.bake.SourceLayout;
import dev.backendhandbook.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bake SOURCE OUTPUT}: bakes a source tree into a site folder. */
@Command(
    name = "bake",
    mixinStandardHelpOptions = true,
    description = {
      "Bakes SOURCE (with content/, templates/, assets/, examples/) into OUTPUT.",
      "OUTPUT is replaced only when the bake has no error."
    })
final class BakeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SOURCE", description = "The source folder, such as src.")
  Path source;

  @Parameters(
      index = "1",
      paramLabel = "OUTPUT",
      description = "The site folder to write, such as target/site.")
  Path output;

  @Option(
      names = "--set",
      paramLabel = "KEY=VALUE",
      description = "A value for the templates, read as config.KEY with _ for '.' (repeatable).")
  Map<String, String> settings = new LinkedHashMap<>();

  @Override
  public Integer call() throws Exception {
    List<Diagnostic> diagnostics;
    try (Baker baker = new Baker()) {
      diagnostics = baker.bake(SourceLayout.of(source), output, settings);
    }
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    Printing.findings(out, diagnostics);
    if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
      err.println(
          "bake failed: "
              + Printing.count(diagnostics)
              + "; "
              + Printing.display(output)
              + " left as it was");
      return Main.FINDINGS;
    }
    err.println(
        "baked "
            + Printing.display(source)
            + " into "
            + Printing.display(output)
            + ": "
            + Printing.count(diagnostics));
    return Main.OK;
  }
}
