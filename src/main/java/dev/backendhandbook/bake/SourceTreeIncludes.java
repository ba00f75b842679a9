package dev.backendhandbook.bake;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.IncludeProcessor;
import org.asciidoctor.extension.PreprocessorReader;
import org.jspecify.annotations.Nullable;

/**
 * Keeps {@code include::} inside the source tree, since JBake runs Asciidoctor in unsafe mode.
 *
 * <p>Asciidoctor's own include handling (tags, line ranges, level offsets) stays in charge: a
 * relative target is resolved here against the including file, and if it lies inside the tree the
 * directive is handed back with the absolute path, which this processor does not claim. A target
 * outside the tree, or a URL, is an error and reads nothing.
 */
final class SourceTreeIncludes extends IncludeProcessor {
  private final Supplier<BakeSession> sessions;

  /**
   * @param sessions the bake under way, as one Asciidoctor serves every bake of a Baker
   */
  SourceTreeIncludes(Supplier<BakeSession> sessions) {
    this.sessions = sessions;
  }

  @Override
  public boolean handles(String target) {
    // An absolute path inside the tree is one this processor already approved.
    Path path = asPath(target);
    return path == null || !path.isAbsolute() || !sessions.get().layout().contains(path);
  }

  @Override
  public void process(
      Document document, PreprocessorReader reader, String target, Map<String, Object> attributes) {
    BakeSession session = sessions.get();
    Path includingFile =
        reader.getFile() == null ? session.currentPage() : Path.of(reader.getFile());
    // The directive itself was just consumed, so the reader stands on the line after it.
    int line = reader.getLineNumber() - 1;
    Path path = asPath(target);
    if (path == null) {
      session.error(
          includingFile,
          line,
          1,
          "include",
          "include of '"
              + target
              + "' is not allowed: only files inside the source tree may be included");
      return;
    }
    Path resolved = Path.of(reader.getDir()).resolve(path).normalize();
    if (!session.layout().contains(resolved)) {
      session.error(
          includingFile,
          line,
          1,
          "include",
          "include of '"
              + target
              + "' reads outside the source tree '"
              + session.layout().display(session.layout().root())
              + "'");
      return;
    }
    String directive = "include::" + resolved + "[" + attributeList(attributes) + "]";
    reader.pushInclude(directive, reader.getFile(), reader.getFile(), line, Map.of());
  }

  /** The target as a file path, or null when it is a URL. */
  private static @Nullable Path asPath(String target) {
    if (target.matches("^[a-zA-Z][a-zA-Z0-9+.-]+://.*")) {
      return null;
    }
    return Path.of(target);
  }

  private static String attributeList(Map<String, Object> attributes) {
    return attributes.entrySet().stream()
        .filter(entry -> !entry.getKey().matches("\\d+"))
        .map(
            entry ->
                entry.getKey()
                    + "=\""
                    + String.valueOf(entry.getValue()).replace("\"", "\\\"")
                    + "\"")
        .collect(Collectors.joining(","));
  }
}
