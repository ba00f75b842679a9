package dev.backendhandbook.bake;

import dev.backendhandbook.bake.model.HandbookModel;
import dev.backendhandbook.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What one bake found and made: its diagnostics, and when it had no error a complete site in a
 * staging folder, which the caller checks and then publishes, or discards.
 */
public final class BakeResult {
  private final List<Diagnostic> diagnostics;
  private final List<String> warnings;
  private final int pages;
  private final int converted;
  private @Nullable Path staging;
  private final @Nullable HandbookModel model;
  private final Map<String, Long> timings;

  BakeResult(
      List<Diagnostic> diagnostics,
      List<String> warnings,
      int pages,
      int converted,
      @Nullable Path staging,
      @Nullable HandbookModel model,
      Map<String, Long> timings) {
    this.diagnostics = diagnostics.stream().distinct().sorted().toList();
    this.warnings = List.copyOf(warnings);
    this.pages = pages;
    this.converted = converted;
    this.staging = staging;
    this.model = model;
    this.timings = timings;
  }

  /** How long each step of the bake took, in milliseconds, in the order they ran. */
  public Map<String, Long> timings() {
    return timings;
  }

  /** Every problem found, sorted. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** Notes about the bake itself, such as a cache entry it ignored; they fail nothing. */
  public List<String> warnings() {
    return warnings;
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /** How many pages the source tree holds. */
  public int pages() {
    return pages;
  }

  /** How many of them were converted by Asciidoctor; the rest came from the cache. */
  public int converted() {
    return converted;
  }

  /** The baked site, not yet published, or null when the bake failed or was published. */
  public @Nullable Path staging() {
    return staging;
  }

  /** The handbook model the site was baked from, or null when the bake failed before it. */
  public @Nullable HandbookModel model() {
    return model;
  }

  /** Replaces {@code output} with the baked site. */
  public void publish(Path output) throws IOException {
    Path site = staging;
    if (site == null) {
      throw new IllegalStateException("nothing to publish: the bake failed or was published");
    }
    SiteOutput.replace(site, output);
    staging = null;
  }

  /** Deletes the baked site without publishing it. */
  public void discard() throws IOException {
    Path site = staging;
    if (site != null) {
      SiteOutput.delete(site);
      staging = null;
    }
  }
}
