package dev.backendhandbook.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NavigationRuleTest {
  private final NavigationRule rule = new NavigationRule();

  @Test
  void validFixturePasses() {
    assertEquals(List.of(), RuleFixtures.findings(rule, "navigation-valid"));
  }

  @Test
  void invalidFixtureReportsEachDefectExactly() {
    assertEquals(
        List.of(
            "guide/b.html:3:45: error: navigation: page is missing from the site navigation (baked"
                + " from content/guide/b.adoc)",
            "guide/d.html:3:45: error: navigation: page is missing from the site navigation (baked"
                + " from content/guide/d.adoc)"),
        RuleFixtures.findings(rule, "navigation-invalid"));
  }
}
