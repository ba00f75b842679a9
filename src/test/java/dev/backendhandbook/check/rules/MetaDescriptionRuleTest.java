package dev.backendhandbook.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetaDescriptionRuleTest {
  private final MetaDescriptionRule rule = new MetaDescriptionRule();

  @Test
  void validFixturePasses() {
    assertEquals(List.of(), RuleFixtures.findings(rule, "meta-description-valid"));
  }

  @Test
  void invalidFixtureReportsEachDefectExactly() {
    assertEquals(
        List.of(
            "empty.html:3:49: error: meta-description: <meta name=\"description\"> is empty",
            "index.html:3:1: error: meta-description: page has no <meta name=\"description\">"),
        RuleFixtures.findings(rule, "meta-description-invalid"));
  }
}
