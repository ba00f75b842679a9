package dev.backendhandbook.cli;

import dev.backendhandbook.bake.SiteOutput;
import dev.backendhandbook.check.Checker;
import dev.backendhandbook.diagnostic.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code check FOLDER}: checks every HTML page in a folder. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {"Checks every HTML page under FOLDER: links, resources and fragments."})
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FOLDER", description = "The folder of HTML to check.")
  Path folder;

  @Option(
      names = "--publish",
      paramLabel = "TARGET",
      description = "When FOLDER has no error, move it to TARGET, replacing what was there.")
  Path publish;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(folder)) {
      throw new ParameterException(spec.commandLine(), "folder '" + folder + "' does not exist");
    }
    Checker.Report report = new Checker(Checker.defaultRules(), Printing::display).check(folder);
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    Printing.findings(out, report.diagnostics());
    String summary = "checked " + Printing.plural(report.pages(), "page") + ": " + Printing.count(report.diagnostics());
    if (report.count(Severity.ERROR) > 0) {
      err.println(summary + (publish == null ? "" : "; " + Printing.display(publish) + " left as it was"));
      return Main.FINDINGS;
    }
    if (publish != null) {
      SiteOutput.replace(folder, publish);
      summary += "; published as " + Printing.display(publish);
    }
    err.println(summary);
    return Main.OK;
  }
}
