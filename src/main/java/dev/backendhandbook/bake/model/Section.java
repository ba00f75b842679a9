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
  /**
   * The most pages a section lists in the navigation of pages outside it; a bigger one shows only
   * its overview there, so each page's navigation grows with the number of sections, not pages.
   */
  public static final int NAVIGATION_LIMIT = 40;

  public Section {
    pages = List.copyOf(pages);
  }

  /** Whether pages of other sections list this section's pages in their navigation. */
  public boolean listedInNavigation() {
    return pages.size() <= NAVIGATION_LIMIT;
  }

  public String title() {
    return page.title();
  }

  public String uri() {
    return page.uri();
  }
}
