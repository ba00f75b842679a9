package dev.backendhandbook.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateIdRuleTest {
  private final DuplicateIdRule rule = new DuplicateIdRule();

  @Test
  void validFixturePasses() {
    assertEquals(List.of(), RuleFixtures.findings(rule, "duplicate-id-valid"));
  }

  @Test
  void invalidFixtureReportsEachDefectExactly() {
    assertEquals(
        List.of("index.html:6:1: error: duplicate-id: id 'a' is already used by an earlier <h1>"),
        RuleFixtures.findings(rule, "duplicate-id-invalid"));
  }
}
