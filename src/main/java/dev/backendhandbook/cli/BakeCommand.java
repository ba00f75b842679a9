package dev.backendhandbook.cli;

import dev.backendhandbook.bake.BakeResult;
import dev.backendhandbook.bake.Baker;
import dev.backendhandbook.bake.SourceLayout;
import dev.backendhandbook.check.CheckConfig;
import dev.backendhandbook.check.Checker;
import dev.backendhandbook.diagnostic.Diagnostic;
import dev.backendhandbook.diagnostic.Severity;
import dev.backendhandbook.editions.Edition;
import dev.backendhandbook.editions.Editions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bake SOURCE OUTPUT}: bakes a source tree, checks the baked site, and only then replaces
 * OUTPUT with it, all in one JVM.
 */
@Command(
    name = "bake",
    mixinStandardHelpOptions = true,
    description = {
      "Bakes SOURCE (with content/, templates/, assets/, examples/) into OUTPUT, checking the site"
          + " first.",
      "OUTPUT is replaced only when neither the bake nor the check finds an error."
    })
final class BakeCommand implements Callable<Integer> {
  /** Where the site is published, for its absolute URLs (sitemap, feed, robots.txt). */
  private static final String SITE_HOST = "site.host";

  /** Sets {@code site.host} when {@code --set} does not, as the Pages workflow does. */
  private static final String SITE_HOST_VARIABLE = "HANDBOOK_SITE_HOST";

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
      description =
          "A value for the templates, read as config.KEY with _ for '.' (repeatable). site.host"
              + " may also come from the HANDBOOK_SITE_HOST environment variable.")
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

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "The checker's configuration (default: SOURCE/checker.properties).")
  @Nullable Path config;

  @Option(names = "--strict", description = "Fail on warnings too.")
  boolean strict;

  @Option(names = "--no-check", description = "Publish without checking the baked site.")
  boolean noCheck;

  @Option(names = "--timings", description = "Print how long each step took.")
  boolean timings;

  @Option(
      names = "--failure-file",
      paramLabel = "FILE",
      description =
          "Write the summary here when the bake fails, and delete it when it passes (for a build"
              + " tool that should fail without a stack trace).")
  @Nullable Path failureFile;

  /**
   * Takes {@code site.host} from the environment when {@code --set} does not give it, and drops a
   * trailing '/', since the templates join the host and a page's address with one.
   */
  static void withSiteHost(Map<String, String> settings, Map<String, String> environment) {
    String host = environment.get(SITE_HOST_VARIABLE);
    if (host != null && !host.isBlank()) {
      settings.putIfAbsent(SITE_HOST, host.strip());
    }
    settings.computeIfPresent(SITE_HOST, (key, value) -> value.replaceAll("/+$", ""));
  }

  @Option(
      names = "--editions",
      negatable = true,
      arity = "0..1",
      fallbackValue = "true",
      description =
          "Also make the PDF, the EPUB and the offline zip into OUTPUT/editions, and link them from"
              + " the site (--no-editions, the default, leaves them and their links out).")
  boolean editions;

  @Option(
      names = "--editions-cache",
      paramLabel = "FOLDER",
      defaultValue = "target/handbook-editions",
      description = "Where the editions are kept between bakes (default: ${DEFAULT-VALUE}).")
  Path editionsCache;

  @Option(
      names = "--offline-zip",
      paramLabel = "FILE",
      description = "Also copy the offline zip here once the site is published.")
  @Nullable Path offlineZip;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CheckConfig checks = CheckerSetup.forBake(spec.commandLine(), config, source);
    if (reports != null) {
      settings.putIfAbsent("handbook.project.reports", "true");
    }
    withSiteHost(settings, System.getenv());
    if (editions) {
      settings.put(Edition.SETTING, "true");
    }
    BakeResult result;
    try (Baker baker = new Baker()) {
      result =
          baker.bake(
              SourceLayout.of(source),
              output,
              new Baker.Options(settings, noCache ? null : cache, false, reports));
    }
    result.warnings().forEach(warning -> err.println("warning: " + warning));
    List<Diagnostic> diagnostics = new ArrayList<>(result.diagnostics());
    Editions.Result made = null;
    long editionsStart = System.nanoTime();
    if (editions && !result.hasErrors()) {
      made =
          new Editions(editionsCache)
              .make(
                  SourceLayout.of(source),
                  Objects.requireNonNull(result.model()),
                  Objects.requireNonNull(result.staging()),
                  settings.get("site.host"));
      diagnostics.addAll(made.diagnostics());
    }
    long editionsMillis = (System.nanoTime() - editionsStart) / 1_000_000;
    int checked = 0;
    long checkStart = System.nanoTime();
    if (!result.hasErrors() && !noCheck && diagnostics.stream().noneMatch(Diagnostic::isError)) {
      Path staging = Objects.requireNonNull(result.staging());
      Checker.Report report =
          new Checker(
                  Checker.defaultRules(),
                  file -> Printing.display(output.resolve(staging.relativize(file).toString())),
                  checks)
              .check(staging);
      diagnostics.addAll(report.diagnostics());
      checked = report.pages();
    }
    long checkMillis = (System.nanoTime() - checkStart) / 1_000_000;
    if (timings) {
      err.println("timings (ms): " + Printing.timings(result.timings()) + ", check " + checkMillis);
      if (made != null) {
        err.println("editions timings (ms): " + Printing.timings(made.timings()));
      }
    }
    Printing.findings(out, diagnostics);
    boolean failed =
        diagnostics.stream()
            .anyMatch(d -> d.isError() || (strict && d.severity() == Severity.WARNING));
    String summary =
        Printing.plural(result.pages(), "page")
            + " ("
            + result.converted()
            + " converted)"
            + (checked > 0 ? ", " + Printing.plural(checked, "page") + " checked" : "")
            + ": "
            + Printing.count(diagnostics);
    if (failed) {
      result.discard();
      String failure =
          "bake failed: " + summary + "; " + Printing.display(output) + " left as it was";
      err.println(failure);
      if (failureFile != null) {
        java.nio.file.Files.writeString(failureFile, failure + System.lineSeparator());
      }
      return Main.FINDINGS;
    }
    if (failureFile != null) {
      java.nio.file.Files.deleteIfExists(failureFile);
    }
    result.publish(output);
    if (made != null) {
      Path zip = output.resolve(Edition.OFFLINE.uri());
      if (offlineZip != null) {
        java.nio.file.Files.copy(
            zip, offlineZip, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      err.println(
          "editions in "
              + Printing.display(output.resolve(Edition.FOLDER))
              + ": "
              + (made.made().isEmpty()
                  ? "all from the cache"
                  : "made " + String.join(", ", made.made()))
              + " in "
              + editionsMillis
              + " ms");
    }
    err.println(
        "baked " + Printing.display(source) + " into " + Printing.display(output) + ": " + summary);
    return Main.OK;
  }
}
