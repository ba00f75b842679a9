package dev.backendhandbook.bench;

import dev.backendhandbook.bake.SiteOutput;
import dev.backendhandbook.testing.Chromium;
import dev.backendhandbook.testing.HandbookJar;
import dev.backendhandbook.testing.Trees;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Measures the bake against Antora on the same AsciiDoc, and the writer's loop on the real
 * handbook, in one run (run it with {@code ./mvnw -Pbake-bench verify} after a build; a benchmark,
 * not a test: it asserts nothing about speed).
 *
 * <ul>
 *   <li>The real handbook: a cold bake and check (no conversion cache), a rebuild with nothing
 *       changed, a rebuild after a one-page edit, and in {@code serve} the time from saving a page
 *       to the reloaded tab, measured in Chromium.
 *   <li>Sites of about 100, 1,000 and 5,000 pages made from the real pages ({@link Corpus}): a cold
 *       {@code handbook.jar bake} (which checks the site too) and a cold Antora build, alternating,
 *       with both the JIT flags the build uses and the JVM's defaults.
 * </ul>
 *
 * <p>Every run is a fresh process timed by {@code /usr/bin/time -v}: wall time and peak memory. The
 * table goes to the console and to {@code target/bench/bake-benchmark.md}.
 */
public final class BakeBenchmark {
  private static final Path WORK = Path.of("target/bench/bake").toAbsolutePath();
  private static final Path JAR = HandbookJar.jar();
  // The tool runs on the benchmark's own JDK, the one its report names.
  private static final String JAVA = HandbookJar.java();
  private static final String ANTORA = "3.1.15";
  private static final Pattern WALL =
      Pattern.compile(
          "Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\): (?:(\\d+):)?(\\d+):([\\d.]+)");
  private static final Pattern PEAK =
      Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");

  /** One timed run. */
  record Run(String what, int pages, double seconds, long peakKb, boolean ok) {
    String row(double antora) {
      String ratio = antora > 0 ? String.format(Locale.ROOT, "%.2f", antora / seconds) : "";
      return String.format(
          Locale.ROOT,
          "| %s | %,d | %.2f | %,.0f | %,d | %s |%s",
          what,
          pages,
          seconds,
          pages / seconds,
          peakKb / 1024,
          ratio,
          ok ? "" : " failed");
    }
  }

  private BakeBenchmark() {}

  public static void main(String[] args) throws Exception {
    List<Integer> sizes = args.length > 0 ? parse(args[0]) : List.of(100, 1000, 5000);
    boolean scaleOnly = args.length > 1 && args[1].equals("scale-only");
    SiteOutput.delete(WORK);
    Files.createDirectories(WORK);
    Path antora = installAntora();
    List<String> table = new ArrayList<>();
    table.add("| run | pages | seconds | pages/s | peak MB | Antora's time ÷ ours |");
    table.add("|---|---|---|---|---|---|");
    if (!scaleOnly) {
      realHandbook(table);
    }
    for (int size : sizes) {
      scale(size, antora, table);
    }
    String report =
        "Measured "
            + java.time.LocalDate.now(java.time.ZoneOffset.UTC)
            + " on "
            + Runtime.getRuntime().availableProcessors()
            + " cores, Java "
            + System.getProperty("java.version")
            + ", Antora "
            + ANTORA
            + "; best of two alternating runs (one at 5,000 pages).\n\n"
            + String.join("\n", table)
            + "\n";
    System.out.println();
    System.out.println(report);
    Files.writeString(WORK.resolve("../bake-benchmark.md"), report);
  }

  /** The writer's loop on the real handbook: cold, unchanged, one page edited, and serve. */
  private static void realHandbook(List<String> table) throws Exception {
    Path real = WORK.resolve("real/src");
    Trees.copy(Path.of("src"), real);
    int pages = Corpus.copiedPages(real.resolve("content")).size() + countIndexPages(real);
    Path cache = WORK.resolve("real/cache");
    // The first run after a build writes the tool's class-data archive (as ./mvnw package does
    // for a writer): done once here, unmeasured, so "cold" means no converted page, not no archive.
    bake("real handbook: first run, writes the class-data archive", pages, real, cache, true);
    table.add(bake("real handbook: cold bake + check", pages, real, cache, true).row(0));
    table.add(bake("real handbook: nothing changed", pages, real, cache, false).row(0));
    Path edited = real.resolve("content/data/caching.adoc");
    Files.writeString(
        edited, Files.readString(edited) + "\nOne more sentence for the benchmark.\n");
    table.add(bake("real handbook: one page edited", pages, real, cache, false).row(0));
    table.add(saveToReload(real, cache));
  }

  /** A cold bake against a cold Antora build of the same pages, alternating. */
  private static void scale(int size, Path antora, List<String> table) throws Exception {
    Path ours = WORK.resolve("n" + size + "/src");
    int pages = Corpus.handbook(Path.of("src"), ours, size);
    Path theirs = WORK.resolve("n" + size + "/antora");
    Corpus.antora(ours, theirs);
    int rounds = size >= 5000 ? 1 : 2;
    Run best = null;
    Run bestDefault = null;
    Run bestAntora = null;
    for (int round = 0; round < rounds; round++) {
      Run a =
          bake("handbook.jar bake + check", pages, ours, WORK.resolve("n" + size + "/cache"), true);
      Run b = antora(antora, theirs, pages);
      best = better(best, a);
      bestAntora = better(bestAntora, b);
      // The JIT peer shows why the launcher picks C1; at 5,000 pages it would double the run.
      if (size <= 1000) {
        bestDefault = better(bestDefault, bakeWithDefaultJit(pages, ours));
      }
    }
    table.add(best.row(bestAntora.seconds()));
    if (bestDefault != null) {
      table.add(bestDefault.row(bestAntora.seconds()));
    }
    table.add(bestAntora.row(bestAntora.seconds()));
  }

  /** The faster of two runs, a run that succeeded always beating one that failed. */
  private static Run better(@Nullable Run best, Run candidate) {
    if (best == null || (candidate.ok() && !best.ok())) {
      return candidate;
    }
    return candidate.ok() == best.ok() && candidate.seconds() < best.seconds() ? candidate : best;
  }

  private static List<Integer> parse(String sizes) {
    List<Integer> list = new ArrayList<>();
    for (String size : sizes.split(",", -1)) {
      list.add(Integer.parseInt(size.strip()));
    }
    return list;
  }

  private static int countIndexPages(Path source) throws IOException {
    try (var files = Files.walk(source.resolve("content"))) {
      return (int) files.filter(f -> f.getFileName().toString().equals("index.adoc")).count();
    }
  }

  /** A bake and check in a fresh JVM; {@code cold} empties the conversion cache first. */
  private static Run bake(String what, int pages, Path source, Path cache, boolean cold)
      throws IOException, InterruptedException {
    if (cold) {
      SiteOutput.delete(cache);
    }
    Path site = source.resolveSibling("site");
    return timed(
        what,
        pages,
        source.getParent(),
        List.of(
            JAVA,
            "-jar",
            JAR.toString(),
            "bake",
            "--cache=" + cache,
            source.toString(),
            site.toString()));
  }

  /** The same cold bake with the JVM's default JIT (tiered up to C2), to compare the flags. */
  private static Run bakeWithDefaultJit(int pages, Path source)
      throws IOException, InterruptedException {
    Path cache = source.resolveSibling("cache-default-jit");
    SiteOutput.delete(cache);
    return timed(
        "handbook.jar, default JIT",
        pages,
        source.getParent(),
        List.of(
            JAVA,
            "-jar",
            JAR.toString(),
            "bake",
            "--cache=" + cache,
            source.toString(),
            source.resolveSibling("site-default-jit").toString()),
        java.util.Map.of("HANDBOOK_JAVA_OPTIONS", "-XX:TieredStopAtLevel=4"));
  }

  private static Run antora(Path antora, Path corpus, int pages)
      throws IOException, InterruptedException {
    SiteOutput.delete(corpus.resolve("site"));
    SiteOutput.delete(corpus.resolve("cache"));
    return timed(
        "Antora " + ANTORA,
        pages,
        corpus,
        List.of(
            "node",
            antora.resolve("node_modules/@antora/cli/bin/antora").toString(),
            "--stacktrace",
            "antora-playbook.yml"));
  }

  private static Run timed(String what, int pages, Path folder, List<String> command)
      throws IOException, InterruptedException {
    return timed(what, pages, folder, command, java.util.Map.of());
  }

  private static Run timed(
      String what,
      int pages,
      Path folder,
      List<String> command,
      java.util.Map<String, String> environment)
      throws IOException, InterruptedException {
    List<String> full = new ArrayList<>(List.of("/usr/bin/time", "-v"));
    full.addAll(command);
    Path log = Files.createTempFile(WORK, "run-", ".log");
    ProcessBuilder builder =
        new ProcessBuilder(full)
            .directory(folder.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    Process process = builder.start();
    int code = process.waitFor();
    String output = Files.readString(log, StandardCharsets.UTF_8);
    Matcher wall = WALL.matcher(output);
    Matcher peak = PEAK.matcher(output);
    if (!wall.find() || !peak.find()) {
      throw new IOException("no timing from /usr/bin/time for " + command + ":\n" + output);
    }
    double seconds =
        (wall.group(1) == null ? 0 : Integer.parseInt(wall.group(1)) * 3600)
            + Integer.parseInt(wall.group(2)) * 60
            + Double.parseDouble(wall.group(3));
    Run run = new Run(what, pages, seconds, Long.parseLong(peak.group(1)), code == 0);
    System.out.println(run.row(0) + (code == 0 ? "" : "\n" + tail(output)));
    return run;
  }

  private static String tail(String output) {
    String[] lines = output.split("\n", -1);
    return String.join(
        "\n", java.util.Arrays.copyOfRange(lines, Math.max(0, lines.length - 30), lines.length));
  }

  /**
   * In {@code serve}, the time from saving a page to the open tab showing the change, five times;
   * the row gives the median, and the slowest in the run column.
   */
  private static String saveToReload(Path source, Path cache) throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Path log = WORK.resolve("serve.log");
    Process serve =
        new ProcessBuilder(
                JAVA,
                "-jar",
                JAR.toString(),
                "serve",
                "--port=" + port,
                "--cache=" + cache,
                "--output=" + source.resolveSibling("preview"),
                source.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    List<Long> millis = new ArrayList<>();
    try (Chromium chromium = Chromium.start(1280, 900)) {
      waitFor(log, "Asciidoctor is ready", Duration.ofMinutes(3));
      WebDriver browser = chromium.driver();
      JavascriptExecutor script = (JavascriptExecutor) browser;
      browser.get("http://127.0.0.1:" + port + "/data/caching.html");
      Path page = source.resolve("content/data/caching.adoc");
      String original = Files.readString(page);
      for (int i = 1; i <= 5; i++) {
        Thread.sleep(500); // let the page settle and the event stream connect
        script.executeScript("window.benchmarkMark = true;");
        String marker = "Benchmark sentence number " + i + ".";
        long start = System.nanoTime();
        Files.writeString(page, original + "\n" + marker + "\n");
        long deadline = start + Duration.ofSeconds(60).toNanos();
        while (true) {
          Object seen;
          try {
            seen =
                script.executeScript(
                    "return !window.benchmarkMark &&"
                        + " document.body.innerText.includes(arguments[0]);",
                    marker);
          } catch (RuntimeException reloading) {
            seen = false;
          }
          if (Boolean.TRUE.equals(seen)) {
            break;
          }
          if (System.nanoTime() > deadline) {
            throw new IOException("the tab did not reload; serve said:\n" + Files.readString(log));
          }
          Thread.sleep(5);
        }
        millis.add((System.nanoTime() - start) / 1_000_000);
      }
      Files.writeString(page, original);
    } finally {
      serve.destroy();
      serve.waitFor();
    }
    List<Long> sorted = millis.stream().sorted().toList();
    System.out.println("save to reloaded tab, ms: " + millis);
    return String.format(
        Locale.ROOT,
        "| real handbook: save to reloaded tab in serve (median of 5; slowest %d ms) | 1 | %.3f | |"
            + " | |",
        sorted.get(sorted.size() - 1),
        sorted.get(sorted.size() / 2) / 1000.0);
  }

  private static void waitFor(Path log, String text, Duration limit) throws Exception {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!Files.exists(log) || !Files.readString(log).contains(text)) {
      if (System.nanoTime() > deadline) {
        throw new IOException("serve never said '" + text + "':\n" + Files.readString(log));
      }
      Thread.sleep(100);
    }
  }

  /** Installs Antora from the npm registry once, pinned exactly; nothing is fetched at run time. */
  private static Path installAntora() throws IOException, InterruptedException {
    Path tools = WORK.resolveSibling("antora-" + ANTORA);
    if (!Files.isDirectory(tools.resolve("node_modules/@antora/cli"))) {
      Files.createDirectories(tools);
      Process npm =
          new ProcessBuilder(
                  "npm",
                  "install",
                  "--no-audit",
                  "--no-fund",
                  "--save-exact",
                  "@antora/cli@" + ANTORA,
                  "@antora/site-generator@" + ANTORA)
              .directory(tools.toFile())
              .inheritIO()
              .start();
      if (npm.waitFor() != 0) {
        throw new IOException("npm could not install Antora " + ANTORA);
      }
    }
    return tools;
  }
}
