package dev.backendhandbook.cli;

import dev.backendhandbook.bake.BakeResult;
import dev.backendhandbook.bake.Baker;
import dev.backendhandbook.bake.Drafts;
import dev.backendhandbook.bake.SourceLayout;
import dev.backendhandbook.check.CheckConfig;
import dev.backendhandbook.check.Checker;
import dev.backendhandbook.diagnostic.Diagnostic;
import dev.backendhandbook.serve.PreviewServer;
import dev.backendhandbook.serve.SourceWatcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code serve SOURCE}: a live preview. It bakes and checks SOURCE into OUTPUT, serves OUTPUT on
 * the loopback address, and on every save in SOURCE bakes again (converting only what changed) and
 * makes the open tabs reload; a problem shows in the terminal and as a banner in the tabs until the
 * next good save.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Bakes SOURCE into OUTPUT and serves it on 127.0.0.1; every save bakes again and reloads"
          + " the open pages (Ctrl-C stops)."
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
      names = "--cache",
      paramLabel = "FOLDER",
      defaultValue = "target/handbook-cache",
      description = "Where converted pages are kept between bakes (default: ${DEFAULT-VALUE}).")
  Path cache;

  @Option(
      names = "--port",
      defaultValue = "8820",
      description = "The port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "The checker's configuration (default: SOURCE/checker.properties).")
  @Nullable Path config;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CheckConfig checks = CheckerSetup.forBake(spec.commandLine(), config, source);
    // The port is taken before anything is baked, so a busy port is said at once.
    try (PreviewServer server = PreviewServer.live(output, InetAddress.getLoopbackAddress(), port);
        Baker baker = new Baker()) {
      // One checker for every rebuild: it parses again only the pages a save changed.
      Checker checker =
          new Checker(Checker.defaultRules(), Printing::display, checks).remembering();
      Runnable rebuild = () -> rebuild(baker, checker, server, out, err);
      rebuild.run();
      CountDownLatch stopped = new CountDownLatch(1);
      Thread hook = new Thread(stopped::countDown, "handbook-stop");
      Runtime.getRuntime().addShutdownHook(hook);
      // While the writer reads the first bake, JRuby starts and loads what the pages need.
      Thread warmUp =
          new Thread(
              () -> {
                try {
                  long start = System.nanoTime();
                  baker.warmUp(SourceLayout.of(source), cache);
                  err.println(
                      "Asciidoctor is ready ("
                          + (System.nanoTime() - start) / 1_000_000
                          + " ms): a save now converts at full speed");
                  err.flush();
                } catch (IOException | RuntimeException e) {
                  err.println(
                      "handbook: warning: could not prepare Asciidoctor: " + Main.describe(e));
                }
              },
              "handbook-warm-up");
      warmUp.setDaemon(true);
      warmUp.start();
      try (SourceWatcher watcher = SourceWatcher.start(source, rebuild)) {
        err.println(
            "serving "
                + Printing.display(output)
                + " at "
                + server.uri()
                + "; watching "
                + Printing.display(watcher.root())
                + " (Ctrl-C stops)");
        err.flush();
        stopped.await();
      } finally {
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
          // Ctrl-C: the JVM is already on its way out
        }
      }
    }
    return Main.OK;
  }

  /** Bakes and checks again; publishes and reloads the tabs unless the bake itself failed. */
  private void rebuild(
      Baker baker, Checker checker, PreviewServer server, PrintWriter out, PrintWriter err) {
    long start = System.nanoTime();
    try {
      BakeResult result =
          baker.bake(
              SourceLayout.of(source), output, new Baker.Options(Map.of(), cache, true, null));
      List<Diagnostic> diagnostics = new ArrayList<>(result.diagnostics());
      long reloaded = 0;
      if (!result.hasErrors()) {
        // The tabs reload at once; the check's findings follow as a banner a moment later.
        result.publish(output);
        server.reload();
        reloaded = System.nanoTime();
        diagnostics.addAll(
            Drafts.withoutUnlinkedDrafts(
                checker.check(output).diagnostics(),
                Objects.requireNonNull(result.model()),
                output));
      }
      long checkedMillis = reloaded == 0 ? 0 : (System.nanoTime() - reloaded) / 1_000_000;
      List<String> lines = diagnostics.stream().sorted().map(Diagnostic::toString).toList();
      server.problems(lines);
      lines.forEach(out::println);
      err.println(
          (result.hasErrors() ? "bake failed, the preview shows the last good site: " : "baked: ")
              + result.converted()
              + " of "
              + Printing.plural(result.pages(), "page")
              + " converted, "
              + Printing.count(diagnostics)
              + " in "
              + (System.nanoTime() - start) / 1_000_000
              + " ms ("
              + Printing.timings(result.timings())
              + (checkedMillis > 0 ? ", check " + checkedMillis : "")
              + ")");
    } catch (Exception e) {
      String line = "handbook: error: " + Main.describe(e);
      server.problems(List.of(line));
      err.println(line);
    }
    out.flush();
    err.flush();
  }
}
