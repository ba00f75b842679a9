package dev.backendhandbook.bake;

import dev.backendhandbook.bake.model.HandbookModel;
import java.util.Map;
import org.jbake.app.ContentStore;
import org.jbake.template.ModelExtractor;
import org.jspecify.annotations.Nullable;

/**
 * Gives templates the handbook model as {@code handbook}: registered with JBake in {@code
 * META-INF/org.jbake.template.ModelExtractors.properties}.
 */
public final class HandbookModelExtractor implements ModelExtractor<HandbookModel> {
  @Override
  @SuppressWarnings("rawtypes") // JBake's interface
  public @Nullable HandbookModel get(ContentStore db, Map model, String key) {
    BakeSession session = BakeSession.ofTemplateModel(model);
    return session == null ? null : session.model();
  }
}
