package dev.backendhandbook.bake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.IncludeProcessor;
import org.asciidoctor.extension.PreprocessorReader;
import org.jspecify.annotations.Nullable;

/**
 * Keeps {@code include::} inside the source tree, since JBake runs Asciidoctor in unsafe mode, and
 * records every included file so the conversion cache knows what a page depends on.
 *
 * <p>Every include passes through here first. A target is resolved against the including file,
 * links followed ({@link Path#toRealPath}), and allowed only when the real file lies inside the
 * real source tree: a symbolic link inside the tree that points out of it reads nothing. An allowed
 * target is handed back to Asciidoctor as the real absolute path, which its own include handling
 * (tags, line ranges, level offsets) then reads; this processor lets exactly that string through
 * and no other. A URL is refused.
 */
final class SourceTreeIncludes extends IncludeProcessor {
  private static final Pattern URL = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]+://.*");

  @Override
  public boolean handles(String target) {
    ConversionContext context = ConversionContext.current();
    return context == null || !context.isApproved(target);
  }

  @Override
  public void process(
      Document document, PreprocessorReader reader, String target, Map<String, Object> attributes) {
    ConversionContext context = ConversionContext.current();
    if (context == null) {
      return; // not a page of a bake: include nothing
    }
    SourceLayout layout = context.layout();
    Path includingFile = reader.getFile() == null ? null : Path.of(reader.getFile());
    // The directive itself was just consumed, so the reader stands on the line after it.
    int line = reader.getLineNumber() - 1;
    if (URL.matcher(target).matches()) {
      context.problem(
          includingFile,
          line,
          1,
          true,
          "include",
          "include of '"
              + target
              + "' is not allowed: only files inside the source tree may be included");
      return;
    }
    Path resolved = Path.of(reader.getDir()).resolve(target).normalize();
    Path real = realPath(resolved);
    if (real == null) {
      // Asciidoctor reports the missing file at this line; a file created later is a change.
      context.dependsOn(resolved);
      if (layout.contains(resolved)) {
        pushInclude(context, reader, resolved.toString(), attributes, line);
      } else {
        context.problem(includingFile, line, 1, true, "include", outside(target, layout));
      }
      return;
    }
    if (!layout.containsReal(real)) {
      context.problem(includingFile, line, 1, true, "include", outside(target, layout));
      return;
    }
    context.dependsOn(real);
    pushInclude(context, reader, real.toString(), attributes, line);
  }

  private static void pushInclude(
      ConversionContext context,
      PreprocessorReader reader,
      String path,
      Map<String, Object> attributes,
      int line) {
    context.approve(path);
    String directive = "include::" + path + "[" + attributeList(attributes) + "]";
    reader.pushInclude(directive, reader.getFile(), reader.getFile(), line, Map.of());
  }

  private static String outside(String target, SourceLayout layout) {
    return "include of '"
        + target
        + "' reads outside the source tree '"
        + layout.display(layout.root())
        + "'";
  }

  private static @Nullable Path realPath(Path path) {
    try {
      return Files.exists(path) ? path.toRealPath() : null;
    } catch (IOException e) {
      return null;
    }
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
