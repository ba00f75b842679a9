package dev.backendhandbook.bench;

import dev.backendhandbook.testing.Trees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Sites of any size made from the handbook's real pages, written twice: as a handbook source tree
 * and as an Antora component, with the same AsciiDoc in both.
 *
 * <p>Copy k of each page (section and home pages are not copied) sits beside the original as {@code
 * name-k.adoc}, with a title of its own and its cross references pointing to the other pages of
 * copy k, so every link works. Diagram blocks become plain listings in both trees, since Antora's
 * Asciidoctor.js cannot render PlantUML without a network service; the comparison is of the same
 * work.
 */
final class Corpus {
  private static final Pattern XREF = Pattern.compile("xref:([^\\[\\s#]+\\.adoc)");
  private static final Pattern DIAGRAM = Pattern.compile("(?m)^\\[plantuml,[^\\n]*\\]\\n");

  /** Where the tests of the examples live, relative to the source root. */
  private static final String TESTED_EXAMPLES = "test/java/dev/backendhandbook/examples";

  private Corpus() {}

  /** The pages a copy is made of: every page but the home and section pages. */
  static List<Path> copiedPages(Path content) throws IOException {
    try (Stream<Path> files = Files.walk(content)) {
      return files
          .filter(f -> f.toString().endsWith(".adoc"))
          .filter(f -> !f.getFileName().toString().equals("index.adoc"))
          .sorted()
          .toList();
    }
  }

  /**
   * Writes a handbook source tree of at least {@code pages} pages into {@code target}.
   *
   * @return how many pages it holds
   */
  static int handbook(Path source, Path target, int pages) throws IOException {
    Trees.copy(source.resolve("templates"), target.resolve("templates"));
    Trees.copy(source.resolve("assets"), target.resolve("assets"));
    Trees.copy(source.resolve("examples"), target.resolve("examples"));
    // Some pages include a test itself, as the testing page shows its JUnit test.
    Trees.copy(source.resolve(TESTED_EXAMPLES), target.resolve(TESTED_EXAMPLES));
    Files.copy(source.resolve("jbake.properties"), target.resolve("jbake.properties"));
    Path content = source.resolve("content");
    List<Path> originals;
    try (Stream<Path> files = Files.walk(content)) {
      originals = files.filter(f -> f.toString().endsWith(".adoc")).sorted().toList();
    }
    List<Path> copied = copiedPages(content);
    int count = 0;
    for (Path page : originals) {
      write(
          target.resolve("content").resolve(content.relativize(page).toString()),
          plain(read(page)));
      count++;
    }
    for (int k = 1; count < pages; k++) {
      for (Path page : copied) {
        String relative = content.relativize(page).toString();
        Path copy = target.resolve("content").resolve(relative.replace(".adoc", "-" + k + ".adoc"));
        write(copy, copyOf(plain(read(page)), k));
        count++;
      }
    }
    return count;
  }

  /** Copy k of a page: its own title, and cross references to copy k of other pages. */
  static String copyOf(String text, int k) {
    String titled = text.replaceFirst("(?m)^= (.*)$", "= $1 (copy " + k + ")");
    Matcher xref = XREF.matcher(titled);
    StringBuilder out = new StringBuilder();
    while (xref.find()) {
      String target = xref.group(1);
      String renamed =
          target.endsWith("/index.adoc") || target.equals("index.adoc")
              ? target
              : target.substring(0, target.length() - 5) + "-" + k + ".adoc";
      xref.appendReplacement(out, Matcher.quoteReplacement("xref:" + renamed));
    }
    return xref.appendTail(out).toString();
  }

  /**
   * Writes the same pages as an Antora 3 component in a git repository, with a playbook and a
   * minimal UI bundle folder of its own, into {@code target}.
   */
  static void antora(Path handbook, Path target) throws IOException, InterruptedException {
    Path repository = target.resolve("component");
    Path pages = repository.resolve("modules/ROOT/pages");
    Path content = handbook.resolve("content");
    List<String> nav = new ArrayList<>();
    try (Stream<Path> files = Files.walk(content)) {
      for (Path page : files.filter(f -> f.toString().endsWith(".adoc")).sorted().toList()) {
        String relative = content.relativize(page).toString().replace('\\', '/');
        write(pages.resolve(relative), forAntora(read(page), relative));
        nav.add("* xref:" + relative + "[]");
      }
    }
    Trees.copy(handbook.resolve("examples"), repository.resolve("modules/ROOT/examples"));
    Trees.copy(
        handbook.resolve(TESTED_EXAMPLES),
        repository.resolve("modules/ROOT/examples/" + TESTED_EXAMPLES));
    write(repository.resolve("modules/ROOT/nav.adoc"), String.join("\n", nav) + "\n");
    write(
        repository.resolve("antora.yml"),
        """
        name: handbook
        version: ~
        title: The Back-End Handbook
        nav:
        - modules/ROOT/nav.adoc
        """);
    run(repository, "git", "init", "-q");
    run(repository, "git", "add", ".");
    run(
        repository,
        "git",
        "-c",
        "user.name=bench",
        "-c",
        "user.email=bench@localhost",
        "commit",
        "-q",
        "-m",
        "corpus");
    write(
        target.resolve("ui/layouts/default.hbs"),
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{{page.title}}"
            + "</title></head>\n<body><main>{{{page.contents}}}</main></body></html>\n");
    write(
        target.resolve("antora-playbook.yml"),
        """
        site:
          title: The Back-End Handbook
          start_page: handbook::index.adoc
        content:
          sources:
          - url: ./component
            branches: HEAD
        ui:
          bundle:
            url: ./ui
        output:
          dir: ./site
        runtime:
          cache_dir: ./cache
          fetch: false
          quiet: true
        """);
  }

  /** A page as Antora reads it: cross references by page id, includes from the examples family. */
  static String forAntora(String text, String relative) {
    int slash = relative.lastIndexOf('/');
    Path folder = Path.of(slash < 0 ? "" : relative.substring(0, slash));
    Matcher xref =
        XREF.matcher(
            text.replace("include::{examplesdir}/../", "include::example$")
                .replace("include::{examplesdir}/", "include::example$"));
    StringBuilder out = new StringBuilder();
    while (xref.find()) {
      String id = folder.resolve(xref.group(1)).normalize().toString().replace('\\', '/');
      xref.appendReplacement(out, Matcher.quoteReplacement("xref:" + id));
    }
    return xref.appendTail(out).toString();
  }

  /** The page with its diagram blocks turned into plain listings. */
  private static String plain(String text) {
    return DIAGRAM.matcher(text).replaceAll("");
  }

  private static void run(Path folder, String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).directory(folder.toFile()).inheritIO().start();
    if (process.waitFor() != 0) {
      throw new IOException("failed: " + String.join(" ", command));
    }
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
