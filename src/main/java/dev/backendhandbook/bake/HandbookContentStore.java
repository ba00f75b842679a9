package dev.backendhandbook.bake;

import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;

/**
 * JBake's content store, handed to the {@code Oven} through its {@code Utensils}, with the two
 * queries that make JBake's rendering quadratic answered by the handbook instead.
 *
 * <p>JBake's documents renderer asks the store, for every page, for every page of its type (all
 * their bodies) to find its neighbours, and the tags renderer asks, for every tag, for every page
 * with that tag: at 1,000 pages that is most of a bake, at 5,000 nearly all of it. The handbook's
 * templates take neighbours and tags from the handbook model, so {@link HandbookPagesRenderer}
 * renders each page once from one query, and JBake's own renderers are told nothing is left.
 */
final class HandbookContentStore extends ContentStore {
  /** The class JBake keeps its template signature in, made by its first start-up. */
  private static final String SIGNATURES = "Signatures";

  private boolean open;

  HandbookContentStore(String type, String name) {
    super(type, name);
  }

  /**
   * Opens the database on the first bake and keeps it for the next ones: creating it again, with
   * its schema and indexes, and restarting OrientDB took two fifths of a rebuild in serve. Each
   * bake still starts from an empty database ({@code db.clear.cache}, one of the bake's fixed
   * settings), since it renders every page into a new folder.
   */
  @Override
  public void startup() {
    if (!open) {
      super.startup();
      open = true;
    } else {
      // Any query makes the database current on this thread (serve bakes on its watcher's).
      getDocumentCount(SIGNATURES);
    }
  }

  /** Nothing: the database stays open for the next bake, until {@link #release}. */
  @Override
  public void close() {}

  /** Nothing: OrientDB keeps running for the next bake, until {@link #release}. */
  @Override
  public void shutdown() {}

  /** Closes the database and stops OrientDB, when no bake will follow. */
  void release() {
    if (open) {
      super.close();
      open = false;
    }
    super.shutdown();
  }

  /** Nothing: {@link HandbookPagesRenderer} has rendered every page. */
  @Override
  public DocumentList<DocumentModel> getUnrenderedContent() {
    return new DocumentList<>();
  }

  /** The pages to render, in one query, for {@link HandbookPagesRenderer}. */
  DocumentList<DocumentModel> pagesToRender() {
    return super.getUnrenderedContent();
  }

  /** Nothing: tag pages list their pages from the handbook model. */
  @Override
  public DocumentList<DocumentModel> getPublishedDocumentsByTag(String tag) {
    return new DocumentList<>();
  }

  /** Nothing: the handbook has no posts, and tag pages read the model. */
  @Override
  public DocumentList<DocumentModel> getPublishedPostsByTag(String tag) {
    return new DocumentList<>();
  }
}
