package dev.backendhandbook.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleRuleTest {
  private final TitleRule rule = new TitleRule();

  @Test
  void validFixturePasses() {
    assertEquals(List.of(), RuleFixtures.findings(rule, "title-valid"));
  }

  @Test
  void invalidFixtureReportsEachDefectExactly() {
    assertEquals(
        List.of(
            "index.html:3:29: error: title: title 'Same' is also the title of other.html",
            "other.html:3:29: error: title: title 'Same' is also the title of index.html",
            "untitled.html:3:1: error: title: page has no <title>"),
        RuleFixtures.findings(rule, "title-invalid"));
  }
}
