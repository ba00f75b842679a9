package dev.backendhandbook.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AccessibleNameRuleTest {
  private final AccessibleNameRule rule = new AccessibleNameRule();

  @Test
  void validFixturePasses() {
    assertEquals(List.of(), RuleFixtures.findings(rule, "accessible-name-valid"));
  }

  @Test
  void invalidFixtureReportsEachDefectExactly() {
    assertEquals(
        List.of(
            "index.html:5:4: error: accessible-name: link to 'a.html' has no accessible name",
            "index.html:6:1: error: accessible-name: <button> has no accessible name",
            "index.html:7:1: error: accessible-name: link to 'c.html' has no accessible name"),
        RuleFixtures.findings(rule, "accessible-name-invalid"));
  }
}
