package dev.backendhandbook.cli;

import dev.backendhandbook.bake.BakeResult;
import dev.backendhandbook.bake.Baker;
import dev.backendhandbook.bake.SourceLayout;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
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

  @Option(
      names = "--cache",
      paramLabel = "FOLDER",
      defaultValue = "target/handbook-cache",
      description = "Where converted pages are kept between bakes (default: ${DEFAULT-VALUE}).")
  Path cache;

  @Option(names = "--no-cache", description = "Convert every page, and keep nothing.")
  boolean noCache;

  @Option(
      names = "--reports",
      paramLabel = "FOLDER",
      description = "Maven Site reports to publish under project/ in the site.")
  @Nullable Path reports;

  @Override
  public Integer call() throws Exception {
    var err = spec.commandLine().getErr();
    BakeResult result;
    try (Baker baker = new Baker()) {
      result =
          baker.bake(
              SourceLayout.of(source),
              output,
              new Baker.Options(settings, noCache ? null : cache, false, reports));
    }
    result.warnings().forEach(warning -> err.println("warning: " + warning));
    Printing.findings(spec.commandLine().getOut(), result.diagnostics());
    if (result.hasErrors()) {
      err.println(
          "bake failed: "
              + Printing.count(result.diagnostics())
              + "; "
              + Printing.display(output)
              + " left as it was");
      return Main.FINDINGS;
    }
    result.publish(output);
    err.println(
        "baked "
            + Printing.display(source)
            + " into "
            + Printing.display(output)
            + ": "
            + Printing.plural(result.pages(), "page")
            + ", "
            + result.converted()
            + " converted, "
            + Printing.count(result.diagnostics()));
    return Main.OK;
  }
}
