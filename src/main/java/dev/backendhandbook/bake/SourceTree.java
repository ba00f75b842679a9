package dev.backendhandbook.bake;

import dev.backendhandbook.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads every page of a source tree and refuses, each with its own finding, what would otherwise be
 * lost or leak: a file that is not UTF-8 text (a binary file among them), an empty page, two pages
 * that would bake to one address, a file name the site cannot link cleanly, and a symbolic link
 * that leads out of the tree (JBake would copy what it points to into the site).
 */
final class SourceTree {
  /** The extensions JBake hands to the handbook's markup engine. */
  static final List<String> ASCIIDOC = SourceLayout.ASCIIDOC;

  /** A page this large makes its own and the search data heavy for every reader. */
  static final long LARGEST_PAGE = 1_000_000;

  private static final Pattern FILE_NAME = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  private static final Set<String> SOURCE_FOLDERS = Set.of("content", "templates", "assets");

  private final Map<Path, SourcePage> pages = new LinkedHashMap<>();
  private final List<Diagnostic> problems = new ArrayList<>();

  private SourceTree() {}

  /** Reads the pages of {@code layout}'s content folder, in path order. */
  static SourceTree read(SourceLayout layout) throws IOException {
    SourceTree tree = new SourceTree();
    for (String folder : SOURCE_FOLDERS.stream().sorted().toList()) {
      tree.refuseLinksOut(layout, layout.root().resolve(folder));
    }
    Map<String, Path> byUri = new HashMap<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(layout.content(), FileVisitOption.FOLLOW_LINKS)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path file : files) {
      String name = file.getFileName().toString();
      int dot = name.lastIndexOf('.');
      String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
      if (!ASCIIDOC.contains(extension) || !layout.containsReal(file.toRealPath())) {
        continue;
      }
      Path absolute = file.toAbsolutePath().normalize();
      String relative = layout.content().relativize(absolute).toString().replace('\\', '/');
      String display = layout.display(absolute);
      String base = name.substring(0, dot);
      if (!FILE_NAME.matcher(base).matches() || !name.endsWith("." + extension)) {
        tree.problems.add(
            Diagnostic.error(
                display,
                1,
                1,
                "source",
                "page file names are lower-case words joined by hyphens, such as"
                    + " 'database-performance.adoc', so their addresses need no escaping: '"
                    + name
                    + "'"));
        continue;
      }
      SourcePage page;
      try {
        page = SourcePage.read(absolute, relative);
      } catch (SourcePage.NotTextException e) {
        tree.problems.add(
            Diagnostic.error(display, e.line, e.column, "source", String.valueOf(e.getMessage())));
        continue;
      }
      if (startsWithByteOrderMark(page.bytes())) {
        tree.problems.add(
            Diagnostic.warning(
                display,
                1,
                1,
                "source",
                "page starts with a UTF-8 byte order mark, which the handbook's files do not"
                    + " carry (see .editorconfig): save it as UTF-8 without a BOM"));
      }
      if (page.lines().stream().allMatch(String::isBlank)) {
        tree.problems.add(
            Diagnostic.error(
                display, 1, 1, "source", "page is empty: write its header, or delete the file"));
        continue;
      }
      Path clash = byUri.putIfAbsent(page.uri(), absolute);
      if (clash != null) {
        tree.problems.add(
            Diagnostic.error(
                display,
                1,
                1,
                "source",
                "page bakes to '"
                    + page.uri()
                    + "', as '"
                    + layout.display(clash)
                    + "' does; rename or remove one of them"));
        continue;
      }
      if (page.bytes().length > LARGEST_PAGE) {
        tree.problems.add(
            Diagnostic.warning(
                display,
                1,
                1,
                "source",
                String.format(
                    Locale.ROOT,
                    "page is %.1f MB, more than the %.1f MB a page may be: every reader downloads"
                        + " it and its share of the search data; split it into pages",
                    page.bytes().length / 1e6,
                    LARGEST_PAGE / 1e6)));
      }
      tree.pages.put(absolute, page);
    }
    return tree;
  }

  /** The pages that could be read, by absolute path. */
  Map<Path, SourcePage> pages() {
    return pages;
  }

  List<Diagnostic> problems() {
    return problems;
  }

  private void refuseLinksOut(SourceLayout layout, Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path path : walk.filter(Files::isSymbolicLink).sorted().toList()) {
        Path real = Files.exists(path) ? path.toRealPath() : null;
        if (real == null || !layout.containsReal(real)) {
          problems.add(
              Diagnostic.error(
                  layout.display(path),
                  0,
                  0,
                  "source",
                  "symbolic link to '"
                      + Files.readSymbolicLink(path)
                      + "' leads "
                      + (real == null ? "nowhere" : "outside the source tree")
                      + ": the build reads and publishes only files inside it"));
        }
      }
    }
  }

  private static boolean startsWithByteOrderMark(byte[] bytes) {
    return bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF;
  }
}
