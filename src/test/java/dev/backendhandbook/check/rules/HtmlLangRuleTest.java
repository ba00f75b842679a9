package dev.backendhandbook.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlLangRuleTest {
  private final HtmlLangRule rule = new HtmlLangRule();

  @Test
  void validFixturePasses() {
    assertEquals(List.of(), RuleFixtures.findings(rule, "html-lang-valid"));
  }

  @Test
  void invalidFixtureReportsEachDefectExactly() {
    assertEquals(
        List.of("index.html:2:1: error: html-lang: <html> has no lang attribute"),
        RuleFixtures.findings(rule, "html-lang-invalid"));
  }
}
