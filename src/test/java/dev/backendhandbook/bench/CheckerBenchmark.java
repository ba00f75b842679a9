package dev.backendhandbook.bench;

import dev.backendhandbook.bake.SiteOutput;
import dev.backendhandbook.check.Checker;
import dev.backendhandbook.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Measures the site checker against two peers on the same 1,000-page site in the same run:
 * hyperlink and linkinator, from the npm registry, run with the machine's Node.
 *
 * <p>The site is the real baked handbook ({@code target/site}, without the Maven project reports
 * under {@code project/}, which are not the handbook's pages) copied until it holds at least 1,000
 * pages, with a set of planted defects in the first copy. For each tool it prints the wall time of
 * a whole run (process start to exit, best of three), pages per second, the ratio to the handbook
 * checker, and which planted defects the tool reported. Run it with {@code ./mvnw -Pbench verify}
 * after a build; it is not a test and asserts nothing about speed.
 */
public final class CheckerBenchmark {
  private static final Path WORK = Path.of("target/bench");
  private static final Path SITE = WORK.resolve("site");
  private static final Path TOOLS = WORK.resolve("tools");
  private static final String HYPERLINK = "hyperlink@5.0.4";
  private static final String LINKINATOR = "linkinator@7.6.1";
  private static final int RUNS = 3;
  private static final int WARM_UP_RUNS = 5;
  private static final java.util.regex.Pattern PROJECT_LINK =
      java.util.regex.Pattern.compile(
          "<li><a href=\"[./]*project/index\\.html\">Project reports</a></li>");

  /**
   * One planted defect: where it goes, what is written, and a token that only its report contains.
   */
  record Defect(String name, String page, String html, String token) {}

  private static final List<Defect> DEFECTS =
      List.of(
          new Defect(
              "link to a missing page",
              "index.html",
              "<a href=\"no-such-page.html\">gone</a>",
              "no-such-page.html"),
          new Defect(
              "fragment missing in another page",
              "index.html",
              "<a href=\"tags/index.html#no-such-id\">gone</a>",
              "no-such-id"),
          new Defect(
              "fragment missing in the same page",
              "index.html",
              "<a href=\"#also-missing\">gone</a>",
              "also-missing"),
          new Defect(
              "missing image",
              "index.html",
              "<img src=\"images/missing-diagram.svg\" alt=\"gone\">",
              "missing-diagram.svg"),
          new Defect(
              "missing stylesheet",
              "404.html",
              "<link rel=\"stylesheet\" href=\"css/missing.css\">",
              "missing.css"),
          new Defect(
              "missing srcset candidate",
              "404.html",
              "<img src=\"images/favicon.svg\" srcset=\"images/missing-2x.png 2x\" alt=\"icon\">",
              "missing-2x.png"),
          new Defect(
              "root-absolute link",
              "404.html",
              "<a href=\"/root-absolute.html\">root</a>",
              "root-absolute.html"),
          new Defect(
              "link to a folder", "tags/index.html", "<a href=\"../role/\">folder</a>", "../role/"),
          new Defect(
              "missing file in CSS url()",
              "css/handbook.css",
              "body { background-image: url(../images/missing-background.png); }",
              "missing-background.png"));

  private CheckerBenchmark() {}

  /**
   * Runs the comparison on the site in {@code args[0]}, then the one-page case; with {@code
   * fragments} as the only argument, the one-page case alone.
   */
  public static void main(String[] args) throws Exception {
    if (args.length == 1 && args[0].equals("fragments")) {
      manyBrokenFragments();
      return;
    }
    Path built = Path.of(args.length > 0 ? args[0] : "target/site");
    if (!Files.isRegularFile(built.resolve("index.html"))) {
      System.err.println(
          "benchmark: build the site first (./mvnw package): no " + built.resolve("index.html"));
      System.exit(2);
    }
    int pages = buildSite(built, 1000);
    installPeers();
    System.out.printf(
        Locale.ROOT,
        "site: %d pages (%.1f MB of HTML) in %s, %d planted defects%n%n",
        pages,
        htmlBytes() / 1e6,
        SITE,
        DEFECTS.size());

    List<Result> results = new ArrayList<>();
    // The same JVM flag the build runs the checker with: a short-lived JVM starts faster with C1
    // only.
    results.add(
        run(
            "handbook check",
            List.of(
                javaBin(),
                "-XX:TieredStopAtLevel=1",
                "-jar",
                "target/handbook.jar",
                "check",
                SITE.toString())));
    results.add(
        run(
            "hyperlink " + HYPERLINK.split("@", -1)[1],
            List.of(
                node(),
                TOOLS.resolve("node_modules/hyperlink/lib/cli.js").toString(),
                "--recursive",
                "--root",
                SITE.toString(),
                SITE.resolve("index.html").toString())));
    results.add(
        run(
            "linkinator " + LINKINATOR.split("@", -1)[1],
            List.of(
                node(),
                TOOLS.resolve("node_modules/linkinator/build/src/cli.js").toString(),
                SITE.toString(),
                "--recurse",
                "--format",
                "csv")));
    double inProcess = inProcessSeconds();

    Result ours = results.get(0);
    System.out.printf(
        Locale.ROOT,
        "%-22s %9s %10s %12s  %s%n",
        "tool",
        "seconds",
        "pages/s",
        "vs handbook",
        "planted defects reported");
    for (Result result : results) {
      System.out.printf(
          Locale.ROOT,
          "%-22s %9.2f %10.0f %11.2fx  %d/%d%n",
          result.tool,
          result.seconds,
          pages / result.seconds,
          result.seconds / ours.seconds,
          result.caught.size(),
          DEFECTS.size());
    }
    System.out.printf(
        Locale.ROOT,
        "%-22s %9.2f %10.0f %12s  (checker only, JVM warm after %d runs, best of %d)%n%n",
        "handbook in-process",
        inProcess,
        pages / inProcess,
        "",
        WARM_UP_RUNS,
        RUNS);
    for (Defect defect : DEFECTS) {
      String row =
          results.stream()
              .map(r -> r.caught.contains(defect) ? "yes" : "no ")
              .collect(Collectors.joining("  "));
      System.out.printf(Locale.ROOT, "%-36s %s%n", defect.name, row);
    }
    System.out.println(
        "(columns: " + results.stream().map(r -> r.tool).collect(Collectors.joining(", ")) + ")");
    manyBrokenFragments();
  }

  /** How many broken fragments the one-page case carries, each next to an id it nearly names. */
  private static final int BROKEN_FRAGMENTS = 50_000;

  /** The longest the one-page case may take: the checker must stay near-linear in the ids. */
  private static final double FRAGMENTS_LIMIT_SECONDS = 5;

  /**
   * One 2 MB page with 50,000 ids and 50,000 links to fragments one letter off them: every link is
   * a finding with a "did you mean" suggestion, which compared each fragment with every id before.
   * Fails the benchmark when the check takes longer than {@link #FRAGMENTS_LIMIT_SECONDS}.
   */
  private static void manyBrokenFragments() throws IOException {
    Path site = WORK.resolve("fragments");
    SiteOutput.delete(site);
    Files.createDirectories(site);
    StringBuilder page =
        new StringBuilder(
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>Fragments"
                + "</title></head>\n<body>\n<h1>Fragments</h1>\n");
    for (int i = 0; i < BROKEN_FRAGMENTS; i++) {
      page.append("<p id=\"s")
          .append(i)
          .append("\"><a href=\"#s")
          .append(i)
          .append("x\">")
          .append(i)
          .append("</a></p>\n");
    }
    Files.writeString(site.resolve("index.html"), page.append("</body>\n</html>\n"));
    Checker checker = new Checker(Checker.defaultRules(), Path::toString);
    long start = System.nanoTime();
    List<Diagnostic> found = checker.check(site).diagnostics();
    double seconds = (System.nanoTime() - start) / 1e9;
    long suggested = found.stream().filter(d -> d.message().contains("did you mean 's")).count();
    System.out.printf(
        Locale.ROOT,
        "%none page, %.1f MB, %,d broken fragments: %.2f s, %,d findings with a suggestion"
            + " (limit %.0f s)%n",
        Files.size(site.resolve("index.html")) / 1e6,
        BROKEN_FRAGMENTS,
        seconds,
        suggested,
        FRAGMENTS_LIMIT_SECONDS);
    if (suggested != BROKEN_FRAGMENTS || seconds >= FRAGMENTS_LIMIT_SECONDS) {
      throw new IllegalStateException(
          "the one-page case missed suggestions or took longer than "
              + FRAGMENTS_LIMIT_SECONDS
              + " s");
    }
  }

  record Result(String tool, double seconds, List<Defect> caught) {}

  /** Runs a tool RUNS times; the best wall time, and the defects its failure output names. */
  private static Result run(String tool, List<String> command)
      throws IOException, InterruptedException {
    double best = Double.MAX_VALUE;
    String output = "";
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      process.waitFor();
      best = Math.min(best, (System.nanoTime() - start) / 1e9);
    }
    String failures = failureLines(tool, output);
    List<Defect> caught = DEFECTS.stream().filter(d -> failures.contains(d.token)).toList();
    return new Result(tool, best, caught);
  }

  /** Only what a tool reports as broken, so a token in a passing line does not count. */
  private static String failureLines(String tool, String output) {
    List<String> lines = output.lines().toList();
    if (tool.startsWith("hyperlink")) {
      // TAP: a failure is a "not ok" line and the YAML block under it.
      StringBuilder failures = new StringBuilder();
      boolean inFailure = false;
      for (String line : lines) {
        if (line.startsWith("not ok")) {
          inFailure = true;
        } else if (line.startsWith("ok ")) {
          inFailure = false;
        }
        if (inFailure) {
          failures.append(line).append('\n');
        }
      }
      return failures.toString();
    }
    if (tool.startsWith("linkinator")) {
      return lines.stream()
          .filter(line -> line.contains(",BROKEN,"))
          .collect(Collectors.joining("\n"));
    }
    return lines.stream()
        .filter(line -> line.contains(": error: ") || line.contains(": warning: "))
        .collect(Collectors.joining("\n"));
  }

  private static double inProcessSeconds() throws IOException {
    Checker checker = new Checker(Checker.defaultRules(), Path::toString);
    for (int i = 0; i < WARM_UP_RUNS; i++) {
      checker.check(SITE); // until the JIT has compiled the hot paths
    }
    double best = Double.MAX_VALUE;
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      List<Diagnostic> found = checker.check(SITE).diagnostics();
      best = Math.min(best, (System.nanoTime() - start) / 1e9);
      if (found.isEmpty()) {
        throw new IllegalStateException("the planted defects were not found");
      }
    }
    return best;
  }

  /** The size of the benchmark site's pages: pages per second only compares sites of like pages. */
  private static long htmlBytes() throws IOException {
    try (Stream<Path> files = Files.walk(SITE)) {
      long total = 0;
      for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
        total += Files.size(file);
      }
      return total;
    }
  }

  /**
   * Copies the built site into numbered folders until it holds {@code target} pages; plants the
   * defects in the first copy.
   */
  private static int buildSite(Path built, int target) throws IOException {
    SiteOutput.delete(SITE);
    Files.createDirectories(SITE);
    int perCopy;
    try (Stream<Path> files = Files.walk(built)) {
      perCopy =
          (int)
              files
                  .filter(
                      f ->
                          f.toString().endsWith(".html") && !f.startsWith(built.resolve("project")))
                  .count();
    }
    int copies = (target + perCopy - 1) / perCopy;
    StringBuilder home =
        new StringBuilder(
            "<!DOCTYPE html>\n"
                + "<html lang=\"en\">\n"
                + "<head><meta charset=\"utf-8\"><title>Benchmark</title><meta name=\"description\""
                + " content=\"Copies of the handbook.\"></head>\n"
                + "<body>\n"
                + "<h1>Copies</h1>\n"
                + "<ul>\n");
    for (int copy = 0; copy < copies; copy++) {
      String name = String.format(Locale.ROOT, "copy-%03d", copy);
      copyTree(built, SITE.resolve(name), name);
      // A real site of this size has no orphan 404 pages per folder, so the copies' are linked.
      home.append("<li><a href=\"")
          .append(name)
          .append("/index.html\">")
          .append(name)
          .append("</a> <a href=\"")
          .append(name)
          .append("/404.html\">")
          .append(name)
          .append(" not found</a></li>\n");
    }
    Files.writeString(SITE.resolve("index.html"), home.append("</ul>\n</body>\n</html>\n"));
    Path first = SITE.resolve("copy-000");
    for (Defect defect : DEFECTS) {
      Path page = first.resolve(defect.page);
      String text = Files.readString(page);
      String planted =
          defect.page.endsWith(".css")
              ? text + "\n" + defect.html + "\n"
              : text.replace("</main>", defect.html + "\n</main>")
                  .replace(
                      "</body>", text.contains("</main>") ? "</body>" : defect.html + "\n</body>");
      Files.writeString(page, planted);
    }
    try (Stream<Path> files = Files.walk(SITE)) {
      return (int) files.filter(f -> f.toString().endsWith(".html")).count();
    }
  }

  private static void installPeers() throws IOException, InterruptedException {
    if (Files.exists(TOOLS.resolve("node_modules/hyperlink"))
        && Files.exists(TOOLS.resolve("node_modules/linkinator"))) {
      return;
    }
    Files.createDirectories(TOOLS);
    Process npm =
        new ProcessBuilder(
                "npm",
                "install",
                "--prefix",
                TOOLS.toString(),
                "--no-audit",
                "--no-fund",
                "--save-exact",
                HYPERLINK,
                LINKINATOR)
            .inheritIO()
            .start();
    if (npm.waitFor() != 0) {
      throw new IllegalStateException("npm could not install " + HYPERLINK + " and " + LINKINATOR);
    }
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static String node() {
    return "node";
  }

  /**
   * Copies the site, giving each copy's titles a suffix: a real site of this size has unique
   * titles.
   */
  private static void copyTree(Path from, Path to, String copy) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        if (file.startsWith(from.resolve("project"))) {
          continue;
        }
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else if (file.toString().endsWith(".html")) {
          // The project reports are not copied, so neither is the footer's link to them.
          String html = PROJECT_LINK.matcher(Files.readString(file)).replaceAll("");
          Files.writeString(target, html.replaceFirst("</title>", " (" + copy + ")</title>"));
        } else {
          Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
