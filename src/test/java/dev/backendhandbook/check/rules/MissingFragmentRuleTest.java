package dev.backendhandbook.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MissingFragmentRuleTest {
  private final MissingFragmentRule rule = new MissingFragmentRule();

  @Test
  void validFixturePasses() {
    assertEquals(List.of(), RuleFixtures.findings(rule, "missing-fragment-valid"));
  }

  @Test
  void invalidFixtureReportsEachDefectExactly() {
    assertEquals(
        List.of(
            "index.html:6:7: error: missing-fragment: link to '#strat' names fragment 'strat', but"
                + " this page has no element with that id (did you mean 'start'?)",
            "index.html:7:4: error: missing-fragment: link to 'other.html#section-three' names"
                + " fragment 'section-three', but 'other.html' has no element with that id (did you"
                + " mean 'section-two'?)"),
        RuleFixtures.findings(rule, "missing-fragment-invalid"));
  }

  @Test
  void aFolderLinksFragmentIsLookedUpInItsIndex() {
    assertEquals(
        List.of(
            "index.html:6:7: error: missing-fragment: link to 'sub/#nope' names fragment 'nope',"
                + " but 'sub/index.html' has no element with that id"),
        RuleFixtures.findings(rule, "missing-fragment-folder"));
  }

  @Test
  void usemapNamesAMap() {
    assertEquals(
        List.of(
            "index.html:8:20: error: missing-fragment: link to '#nowhere' names fragment 'nowhere',"
                + " but this page has no element with that id"),
        RuleFixtures.findings(rule, "missing-file-refresh-cite-usemap"));
  }

  @Test
  void theSuggestionIsTheClosestIdEvenAmongMany() {
    java.util.List<String> ids = new java.util.ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      ids.add("section-" + i);
    }
    Suggestions suggestions = new Suggestions(ids);
    assertEquals("section-512", suggestions.closest("sectoin-512"));
    assertEquals("section-512", suggestions.closest("section-512x"));
    assertEquals("section-999", suggestions.closest("xsection-999"));
    assertEquals(null, suggestions.closest("appendix"));
  }
}
