package dev.backendhandbook.bake;

import dev.backendhandbook.bake.model.HandbookModel;
import dev.backendhandbook.bake.model.Page;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jspecify.annotations.Nullable;

/**
 * What one bake has prepared before JBake runs: the handbook model and every page's conversion.
 *
 * <p>JBake's extension points (the markup engine, the template engine, model extractors and
 * rendering tools) are created by JBake, not by the handbook, so they find the bake they serve in
 * its JBake configuration under {@link #KEY}, never in a static field.
 */
final class BakeSession {
  /** The configuration key the session travels under (the templates see {@code handbook_bake}). */
  static final String KEY = "handbook.bake";

  private final SourceLayout layout;
  private final HandbookModel model;
  private final Map<Path, SourcePage> pages;
  private final Map<String, Conversion> conversions;
  private final boolean preview;
  private final Map<String, Conversion> byUri = new java.util.HashMap<>();

  BakeSession(
      SourceLayout layout,
      HandbookModel model,
      Map<Path, SourcePage> pages,
      Map<String, Conversion> conversions,
      boolean preview) {
    this.layout = layout;
    this.model = model;
    this.pages = Map.copyOf(pages);
    this.conversions = Map.copyOf(conversions);
    this.preview = preview;
    for (SourcePage page : pages.values()) {
      Conversion conversion = conversions.get(page.relative());
      if (conversion != null) {
        byUri.put(page.uri(), conversion);
      }
    }
  }

  /** The session of the bake a JBake configuration belongs to. */
  static BakeSession of(JBakeConfiguration config) {
    return Objects.requireNonNull(
        (BakeSession) config.get(KEY), "the bake's configuration carries no handbook session");
  }

  /** The session held by a template's data model, whose config map JBake flattens. */
  static @Nullable BakeSession ofTemplateModel(Map<?, ?> templateModel) {
    Object config = templateModel.get("config");
    if (config instanceof Map<?, ?> values
        && values.get(KEY.replace('.', '_')) instanceof BakeSession session) {
      return session;
    }
    return null;
  }

  SourceLayout layout() {
    return layout;
  }

  HandbookModel model() {
    return model;
  }

  /** True in a preview bake, where drafts are baked too. */
  boolean preview() {
    return preview;
  }

  /** The page read from that file, or null when it is not a page of this bake. */
  @Nullable SourcePage source(Path file) {
    return pages.get(file.toAbsolutePath().normalize());
  }

  /** The model's entry for a source page, or null when the page is not published. */
  @Nullable Page page(SourcePage source) {
    return model.page(source.uri());
  }

  @Nullable Conversion conversion(SourcePage source) {
    return conversions.get(source.relative());
  }

  /** What converting a page of the model found, or null for a page with no source. */
  @Nullable Conversion conversion(Page page) {
    return byUri.get(page.uri());
  }
}
