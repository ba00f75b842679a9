package dev.backendhandbook.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TargetBlankRuleTest {
  private final TargetBlankRule rule = new TargetBlankRule();

  @Test
  void validFixturePasses() {
    assertEquals(List.of(), RuleFixtures.findings(rule, "target-blank-valid"));
  }

  @Test
  void invalidFixtureReportsEachDefectExactly() {
    assertEquals(
        List.of(
            "index.html:5:4: error: target-blank: <a target=\"_blank\"> without rel=\"noopener\""),
        RuleFixtures.findings(rule, "target-blank-invalid"));
  }
}
