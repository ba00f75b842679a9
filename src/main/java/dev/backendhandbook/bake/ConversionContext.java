package dev.backendhandbook.bake;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What one page's conversion collects while Asciidoctor runs on its thread: the problems it logs
 * and the files it includes. Asciidoctor calls the log handler and the include processor on the
 * thread that converts, so each thread holds the context of its own page and several pages convert
 * at once without mixing their findings.
 */
final class ConversionContext {
  private static final ThreadLocal<@Nullable ConversionContext> CURRENT = new ThreadLocal<>();

  private final SourceLayout layout;
  private final SourcePage page;
  private final List<Conversion.Problem> problems = new ArrayList<>();
  private final Map<String, String> dependencies = new TreeMap<>();
  private final Set<String> approvedIncludes = new HashSet<>();

  ConversionContext(SourceLayout layout, SourcePage page) {
    this.layout = layout;
    this.page = page;
  }

  /** The context of the page this thread converts, or null outside a conversion. */
  static @Nullable ConversionContext current() {
    return CURRENT.get();
  }

  /** Runs {@code work} with this context as the thread's current one. */
  <T> T run(java.util.concurrent.Callable<T> work) throws Exception {
    CURRENT.set(this);
    try {
      return work.call();
    } finally {
      CURRENT.remove();
    }
  }

  SourceLayout layout() {
    return layout;
  }

  SourcePage page() {
    return page;
  }

  void problem(
      @Nullable Path file, int line, int column, boolean error, String rule, String message) {
    Path where = file == null ? page.file() : file;
    problems.add(
        new Conversion.Problem(layout.relative(where), line, column, error, rule, message));
  }

  List<Conversion.Problem> problems() {
    return List.copyOf(problems);
  }

  /**
   * Records a file the conversion read, with its digest now, so the cache can tell if it changed.
   */
  void dependsOn(Path file) {
    dependencies.put(layout.relative(file), ConversionCache.digestOf(file));
  }

  List<Conversion.Dependency> dependencies() {
    return dependencies.entrySet().stream()
        .map(e -> new Conversion.Dependency(e.getKey(), e.getValue()))
        .toList();
  }

  /** Remembers an include target this processor resolved and checked, for Asciidoctor to read. */
  void approve(String resolvedTarget) {
    approvedIncludes.add(resolvedTarget);
  }

  boolean isApproved(String target) {
    return approvedIncludes.contains(target);
  }
}
