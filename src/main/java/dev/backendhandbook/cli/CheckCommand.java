package dev.backendhandbook.cli;

import dev.backendhandbook.bake.SiteOutput;
import dev.backendhandbook.check.CheckConfig;
import dev.backendhandbook.check.Checker;
import dev.backendhandbook.check.Rule;
import dev.backendhandbook.check.external.ExternalLinkChecker;
import dev.backendhandbook.check.external.LinkCache;
import dev.backendhandbook.check.report.JsonReport;
import dev.backendhandbook.check.report.SarifReport;
import dev.backendhandbook.check.rules.ExternalLinkRule;
import dev.backendhandbook.diagnostic.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code check FOLDER}: checks every HTML page in a folder. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Checks every HTML page under FOLDER: links, resources, fragments, structure and"
          + " accessibility basics."
    })
final class CheckCommand implements Callable<Integer> {
  /** How findings are written. */
  enum Format {
    text,
    json,
    sarif
  }

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FOLDER", description = "The folder of HTML to check.")
  Path folder;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Rule severities and ignored paths (see src/checker.properties).")
  @Nullable Path config;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, json or sarif (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write the report to FILE instead of the standard output.")
  @Nullable Path output;

  @Option(
      names = "--set",
      paramLabel = "KEY=VALUE",
      description =
          "A configuration line, over the --config file, such as"
              + " rule.insecure-link.severity=warning (repeatable).")
  List<String> settings = new ArrayList<>();

  @Option(names = "--strict", description = "Fail on warnings too.")
  boolean strict;

  @Option(
      names = "--external",
      description = "Also check http(s) links to other hosts (uses the network).")
  boolean external;

  @Option(
      names = "--external-timeout",
      paramLabel = "SECONDS",
      defaultValue = "10",
      description = "Timeout of one external request (default: ${DEFAULT-VALUE}).")
  int externalTimeout;

  @Option(
      names = "--external-cache",
      paramLabel = "FILE",
      description = "Remember working external links here and skip them for a day.")
  @Nullable Path externalCache;

  @Option(
      names = "--publish",
      paramLabel = "TARGET",
      description = "When FOLDER passes, move it to TARGET, replacing what was there.")
  @Nullable Path publish;

  @Override
  public Integer call() throws Exception {
    if (!Files.exists(folder)) {
      throw new ParameterException(spec.commandLine(), "folder '" + folder + "' does not exist");
    }
    if (!Files.isDirectory(folder)) {
      throw new ParameterException(spec.commandLine(), "'" + folder + "' is not a folder");
    }
    List<Rule> rules = new ArrayList<>(Checker.defaultRules());
    LinkCache cache = null;
    if (external) {
      cache = LinkCache.open(externalCache, Duration.ofDays(1));
      ExternalLinkChecker.Settings defaults = ExternalLinkChecker.Settings.defaults();
      ExternalLinkChecker.Settings knobs =
          new ExternalLinkChecker.Settings(
              Duration.ofSeconds(externalTimeout),
              defaults.concurrency(),
              defaults.perHost(),
              defaults.attempts(),
              defaults.firstBackoff(),
              defaults.longestWait());
      rules.add(new ExternalLinkRule(new ExternalLinkChecker(knobs, cache, Clock.systemUTC())));
    }
    CheckConfig settings = CheckerSetup.read(spec.commandLine(), config, this.settings, rules);
    Checker.Report report = new Checker(rules, Printing::display, settings).check(folder);
    if (cache != null) {
      cache.save();
    }
    var err = spec.commandLine().getErr();
    String written =
        switch (format) {
          case text -> Printing.lines(report.diagnostics());
          case json -> JsonReport.of(report.diagnostics(), report.pages());
          case sarif -> SarifReport.of(report.diagnostics(), HandbookCommand.VERSION);
        };
    if (output != null) {
      Files.writeString(output, written);
    } else {
      spec.commandLine().getOut().print(written);
    }
    boolean failed =
        report.count(Severity.ERROR) > 0 || (strict && report.count(Severity.WARNING) > 0);
    String summary =
        "checked "
            + Printing.plural(report.pages(), "page")
            + ": "
            + Printing.count(report.diagnostics());
    if (failed) {
      err.println(
          summary + (publish == null ? "" : "; " + Printing.display(publish) + " left as it was"));
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
