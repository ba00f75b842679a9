package dev.backendhandbook.bake.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandbookModelTest {
  private static final Instant DAY = Instant.parse("2026-01-02T03:04:05Z");

  private static Page page(String type, String section, String uri) {
    return new Page(
        uri,
        "About " + uri + ".",
        type,
        section,
        0,
        List.of(),
        "src/content/" + uri,
        uri,
        uri.contains("/") ? "../" : "",
        List.of(),
        DAY,
        "",
        false,
        null,
        null,
        List.of());
  }

  private static HandbookModel handbookWith(int pagesInSection) {
    List<Page> pages = new ArrayList<>();
    pages.add(page("home", "", "index.html"));
    pages.add(page("section", "data", "data/index.html"));
    for (int i = 0; i < pagesInSection; i++) {
      pages.add(page("page", "data", "data/page-" + (100 + i) + ".html"));
    }
    return HandbookModel.of(pages, DAY);
  }

  @Test
  void aSectionOfFortyPagesIsListedInOtherPagesNavigationOneOfFortyOneIsNot() {
    assertTrue(handbookWith(40).sections().get(0).listedInNavigation());
    assertFalse(handbookWith(41).sections().get(0).listedInNavigation());
  }

  /** The digest of the empty text is SHA-256's published test value. */
  @Test
  void scriptHashIsTheCspSourceOfTheScriptsSha256() {
    HandbookModel model = handbookWith(0);
    assertEquals("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='", model.scriptHash(""));
    assertEquals("'sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0='", model.scriptHash("abc"));
  }
}
