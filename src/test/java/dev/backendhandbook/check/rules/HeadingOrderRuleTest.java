package dev.backendhandbook.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeadingOrderRuleTest {
  private final HeadingOrderRule rule = new HeadingOrderRule();

  @Test
  void validFixturePasses() {
    assertEquals(List.of(), RuleFixtures.findings(rule, "heading-order-valid"));
  }

  @Test
  void invalidFixtureReportsEachDefectExactly() {
    assertEquals(
        List.of(
            "index.html:7:1: error: heading-order: <h4> 'Too deep' follows an <h2>: a heading level"
                + " is skipped"),
        RuleFixtures.findings(rule, "heading-order-invalid"));
  }
}
