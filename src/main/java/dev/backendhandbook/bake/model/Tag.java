package dev.backendhandbook.bake.model;

import java.util.List;

/**
 * A tag and the pages that carry it.
 *
 * @param name the tag, lower-case and kebab-case
 * @param uri its page relative to the site root, such as {@code tags/sql.html}
 * @param pages the pages with this tag, by title
 */
public record Tag(String name, String uri, List<Page> pages) {
  public Tag {
    pages = List.copyOf(pages);
  }
}
