package dev.backendhandbook.bake;

import dev.backendhandbook.bake.model.Page;
import java.util.Map;
import org.jbake.app.ContentStore;
import org.jbake.template.ModelExtractor;
import org.jspecify.annotations.Nullable;

/**
 * Gives a template the handbook model's entry for the page it renders as {@code page} (its
 * neighbours, breadcrumbs, headings and dates), or nothing for generated pages such as the tag
 * index: registered with JBake in {@code META-INF/org.jbake.template.ModelExtractors.properties}.
 */
public final class PageModelExtractor implements ModelExtractor<Page> {
  @Override
  @SuppressWarnings("rawtypes") // JBake's interface
  public @Nullable Page get(ContentStore db, Map model, String key) {
    BakeSession session = BakeSession.ofTemplateModel(model);
    if (session == null || !(model.get("content") instanceof Map<?, ?> content)) {
      return null;
    }
    Object uri = content.get("uri");
    return uri == null ? null : session.model().page(uri.toString());
  }
}
