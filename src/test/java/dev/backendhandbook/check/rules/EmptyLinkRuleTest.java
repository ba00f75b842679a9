package dev.backendhandbook.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EmptyLinkRuleTest {
  private final EmptyLinkRule rule = new EmptyLinkRule();

  @Test
  void validFixturePasses() {
    assertEquals(List.of(), RuleFixtures.findings(rule, "empty-link-valid"));
  }

  @Test
  void invalidFixtureReportsEachDefectExactly() {
    assertEquals(
        List.of(
            "index.html:5:7: error: empty-link: empty href on <a>: it points back at this page",
            "index.html:6:4: error: empty-link: empty href on <a>: it points back at this page",
            "index.html:7:6: error: empty-link: empty src on <img>: it points back at this page"),
        RuleFixtures.findings(rule, "empty-link-invalid"));
  }

  @Test
  void aBareHashGoesToTheTopOfThePage() {
    assertEquals(List.of(), RuleFixtures.findings(rule, "empty-link-top-of-page"));
  }
}
