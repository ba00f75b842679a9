package dev.backendhandbook.bake;

import dev.backendhandbook.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one bake knows while it runs: where things are, and the diagnostics found so far.
 *
 * <p>JBake crawls pages one at a time, but Asciidoctor may log from other threads, so the list is
 * synchronized.
 */
final class BakeSession {
  private final SourceLayout layout;
  private final Path staging;
  private final Path diagramCache;
  private final List<Diagnostic> diagnostics = Collections.synchronizedList(new ArrayList<>());
  private final PageIndex pages = new PageIndex();
  private volatile @Nullable Path currentPage;

  BakeSession(SourceLayout layout, Path staging, Path diagramCache) {
    this.layout = layout;
    this.staging = staging;
    this.diagramCache = diagramCache;
  }

  SourceLayout layout() {
    return layout;
  }

  Path staging() {
    return staging;
  }

  /** Where rendered diagrams are cached between bakes, outside the output. */
  Path diagramCache() {
    return diagramCache;
  }

  PageIndex pages() {
    return pages;
  }

  /** The page being parsed or converted, for log records that carry no source location. */
  @Nullable Path currentPage() {
    return currentPage;
  }

  void currentPage(Path page) {
    this.currentPage = page;
  }

  void error(@Nullable Path file, int line, int column, String rule, String message) {
    diagnostics.add(Diagnostic.error(layout.display(file), line, column, rule, message));
  }

  void warning(@Nullable Path file, int line, int column, String rule, String message) {
    diagnostics.add(Diagnostic.warning(layout.display(file), line, column, rule, message));
  }

  List<Diagnostic> diagnostics() {
    synchronized (diagnostics) {
      return List.copyOf(diagnostics);
    }
  }
}
