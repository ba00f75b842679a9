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
}
