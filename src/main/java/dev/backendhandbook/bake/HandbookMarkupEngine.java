package dev.backendhandbook.bake;

import dev.backendhandbook.bake.model.Page;
import java.util.Date;
import java.util.Objects;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkupEngine;
import org.jbake.parser.ParserContext;

/**
 * JBake's markup engine for the handbook's AsciiDoc pages. It converts nothing itself: the bake has
 * already read every header into the handbook model and converted (or taken from the cache) every
 * body, in parallel, before JBake crawls; the engine hands JBake those results for each file it
 * meets.
 *
 * <p>JBake keeps one engine per file extension for the whole JVM, so the engine holds no state: it
 * finds the bake in the parser context's configuration ({@link BakeSession}).
 */
public final class HandbookMarkupEngine extends MarkupEngine {
  @Override
  public void processHeader(ParserContext context) {
    BakeSession session = BakeSession.of(context.getConfig());
    SourcePage source = session.source(context.getFile().toPath());
    Page page = source == null ? null : session.page(source);
    if (page == null) {
      return;
    }
    DocumentModel model = context.getDocumentModel();
    model.setTitle(page.title());
    model.setType(page.type());
    // A draft is baked under its own name in a preview; JBake would add "-draft" to it.
    model.setStatus("published");
    // A draft's tags would give it a tag page, a link to it; a preview shows it by its address
    // only.
    model.setTags(page.draft() ? new String[0] : page.tags().toArray(String[]::new));
    model.setDate(Date.from(page.updated()));
    model.put("description", page.description());
    model.put("sourcepath", page.sourcePath());
  }

  /** Only pages the model publishes are baked: a page with a broken header or a draft is not. */
  @Override
  public boolean validate(ParserContext context) {
    BakeSession session = BakeSession.of(context.getConfig());
    SourcePage source = session.source(context.getFile().toPath());
    return source != null && session.page(source) != null && session.conversion(source) != null;
  }

  @Override
  public void processBody(ParserContext context) {
    BakeSession session = BakeSession.of(context.getConfig());
    SourcePage source = Objects.requireNonNull(session.source(context.getFile().toPath()));
    context.setBody(Objects.requireNonNull(session.conversion(source)).html());
  }
}
