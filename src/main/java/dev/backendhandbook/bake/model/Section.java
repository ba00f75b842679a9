package dev.backendhandbook.bake.model;

import java.util.List;

/**
 * A section of the handbook: its own page, then its pages in reading order.
 *
 * @param id the section id that pages name in {@code :jbake-section:}
 * @param page the section's landing page
 * @param pages the section's other pages, ordered by {@code :jbake-order:} then title
 */
public record Section(String id, Page page, List<Page> pages) {
  public Section {
    pages = List.copyOf(pages);
  }

  public String title() {
    return page.title();
  }

  public String uri() {
    return page.uri();
  }
}
