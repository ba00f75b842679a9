package dev.backendhandbook.bake.model;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of the handbook as the site shows it.
 *
 * @param title the title from the page's {@code = Title} line
 * @param description the one-sentence {@code :description:}
 * @param type {@code home}, {@code section} or {@code page}
 * @param section the id of the section the page belongs to; empty for the home page
 * @param order its place in the section, from {@code :jbake-order:}
 * @param tags its tags, lower-case and kebab-case
 * @param sourcePath the source file as a contributor names it, such as {@code
 *     src/content/data/databases.adoc}
 * @param uri the baked page relative to the site root, such as {@code data/databases.html}
 * @param rootPath the way back from the page to the site root, such as {@code ../}
 * @param headings its own headings in document order, for a table of contents
 * @param updated when its source last changed, from git (never the file's time or the clock)
 * @param editUrl where a reader can propose a change to it, or empty when no repository is set
 * @param draft true for a page baked only for preview, never published or linked
 */
public record Page(
    String title,
    String description,
    String type,
    String section,
    int order,
    List<String> tags,
    String sourcePath,
    String uri,
    String rootPath,
    List<Heading> headings,
    Instant updated,
    String editUrl,
    boolean draft,
    @Nullable Link previous,
    @Nullable Link next,
    List<Link> breadcrumbs) {

  public Page {
    tags = List.copyOf(tags);
    headings = List.copyOf(headings);
    breadcrumbs = List.copyOf(breadcrumbs);
  }

  /** The date of {@link #updated} as {@code yyyy-MM-dd}, in UTC. */
  public String updatedDate() {
    return updated.toString().substring(0, 10);
  }

  Page withNeighbours(@Nullable Link before, @Nullable Link after, List<Link> trail) {
    return new Page(
        title,
        description,
        type,
        section,
        order,
        tags,
        sourcePath,
        uri,
        rootPath,
        headings,
        updated,
        editUrl,
        draft,
        before,
        after,
        trail);
  }

  Link link() {
    return new Link(title, uri);
  }
}
