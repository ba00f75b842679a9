package dev.backendhandbook.bake;

import dev.backendhandbook.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the files that diagram block macros read ({@code plantuml::flow.puml[]}) inside the source
 * tree, as {@link SourceTreeIncludes} does for {@code include::}: asciidoctor-diagram reads the
 * named file itself, in the unsafe mode JBake runs Asciidoctor in, and would draw (or quote in its
 * error) any file on the machine.
 *
 * <p>The page's lines are read before conversion, and a page that names a file outside the tree is
 * not converted at all. A target resolves against the page's folder, links followed, with {@code
 * {examplesdir}} standing for the examples folder. Macros that only point at a file the browser
 * loads ({@code image::}, {@code video::}, {@code audio::}) and the preprocessor's conditionals are
 * left alone.
 */
final class DiagramSources {
  private static final Pattern BLOCK_MACRO =
      Pattern.compile("^([a-z][a-z0-9_-]*)::([^\\[\\s]+)\\[");
  private static final Set<String> NOT_READ =
      Set.of("image", "video", "audio", "toc", "include", "ifdef", "ifndef", "ifeval", "endif");
  private static final Pattern VERBATIM_DELIMITER =
      Pattern.compile("^(-{4,}|\\.{4,}|\\+{4,}|/{4,})\\s*$");

  private DiagramSources() {}

  /** The problems of every diagram macro of the page whose file lies outside the source tree. */
  static List<Diagnostic> check(SourceLayout layout, SourcePage page) {
    List<Diagnostic> problems = new ArrayList<>();
    String openDelimiter = null;
    for (int i = 0; i < page.lines().size(); i++) {
      String line = page.lines().get(i);
      Matcher delimiter = VERBATIM_DELIMITER.matcher(line);
      if (delimiter.matches()) {
        if (openDelimiter == null) {
          openDelimiter = delimiter.group(1);
        } else if (openDelimiter.equals(delimiter.group(1))) {
          openDelimiter = null;
        }
        continue;
      }
      Matcher macro = BLOCK_MACRO.matcher(line);
      if (openDelimiter != null || !macro.find() || NOT_READ.contains(macro.group(1))) {
        continue;
      }
      String target = macro.group(2);
      if (!inside(layout, page, target)) {
        problems.add(
            Diagnostic.error(
                layout.display(page.file()),
                i + 1,
                macro.start(2) + 1,
                "diagram",
                macro.group(1)
                    + " diagram source '"
                    + target
                    + "' reads outside the source tree '"
                    + layout.display(layout.root())
                    + "'"));
      }
    }
    return problems;
  }

  private static boolean inside(SourceLayout layout, SourcePage page, String target) {
    String path = target.replace("{examplesdir}", layout.examples().toString());
    Path resolved =
        Objects.requireNonNull(page.file().getParent()).resolve(path).toAbsolutePath().normalize();
    if (!Files.exists(resolved)) {
      // Asciidoctor reports a missing file at this line; only its path needs to stay inside.
      return layout.contains(resolved);
    }
    try {
      return layout.containsReal(resolved.toRealPath());
    } catch (IOException unreadable) {
      return false;
    }
  }
}
