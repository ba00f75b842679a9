package dev.backendhandbook.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SingleH1RuleTest {
  private final SingleH1Rule rule = new SingleH1Rule();

  @Test
  void validFixturePasses() {
    assertEquals(List.of(), RuleFixtures.findings(rule, "single-h1-valid"));
  }

  @Test
  void invalidFixtureReportsEachDefectExactly() {
    assertEquals(
        List.of(
            "index.html:6:1: error: single-h1: page has a second <h1> 'Another'; the first is"
                + " 'One'",
            "none.html:4:1: error: single-h1: page has no <h1>"),
        RuleFixtures.findings(rule, "single-h1-invalid"));
  }
}
