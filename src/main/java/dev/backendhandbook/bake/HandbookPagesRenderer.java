package dev.backendhandbook.bake;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;

/**
 * Renders every page with its template, each once, in the time one query and one template run per
 * page take, pages in parallel on every core: a page's template reads only the handbook model and
 * the page itself, JBake's {@code Renderer} keeps nothing between pages, and Freemarker's templates
 * are made to be shared between threads. A JBake rendering tool, registered in {@code
 * META-INF/services/org.jbake.render.RenderingTool}; see {@link HandbookContentStore} for why
 * JBake's own documents renderer is left with nothing to do.
 *
 * <p>A page that fails to render is reported with its own error, every cause kept, so the
 * template's line reaches the diagnostic.
 */
public final class HandbookPagesRenderer implements RenderingTool {
  @Override
  public int render(Renderer renderer, ContentStore db, JBakeConfiguration config)
      throws RenderingException {
    if (!(db instanceof HandbookContentStore store)) {
      return 0; // an Oven the handbook did not set up: JBake's own renderer does the work
    }
    List<DocumentModel> pages = new ArrayList<>(store.pagesToRender());
    // The failures in the pages' order, whichever thread met them, so the errors read the same.
    List<Exception> failures =
        pages.parallelStream()
            .map(page -> renderOne(renderer, page))
            .flatMap(Optional::stream)
            .toList();
    int rendered = pages.size() - failures.size();
    if (!failures.isEmpty()) {
      RenderingException failed =
          new RenderingException(
              failures.get(0).getMessage() == null
                  ? "a page failed to render"
                  : failures.get(0).getMessage(),
              failures.get(0));
      failures.stream().skip(1).forEach(failed::addSuppressed);
      throw failed;
    }
    return rendered;
  }

  private static Optional<Exception> renderOne(Renderer renderer, DocumentModel page) {
    try {
      renderer.render(page);
      return Optional.empty();
    } catch (Exception e) {
      return Optional.of(e);
    }
  }

  @Override
  @Deprecated
  public int render(
      Renderer renderer,
      ContentStore db,
      File destination,
      File templatesPath,
      CompositeConfiguration config) {
    throw new UnsupportedOperationException("the handbook bakes with a JBakeConfiguration");
  }
}
