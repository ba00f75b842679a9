package dev.backendhandbook.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class JavascriptUrlRuleTest {
  private final JavascriptUrlRule rule = new JavascriptUrlRule();

  @Test
  void validFixturePasses() {
    assertEquals(List.of(), RuleFixtures.findings(rule, "javascript-url-valid"));
  }

  @Test
  void invalidFixtureReportsEachDefectExactly() {
    assertEquals(
        List.of(
            "index.html:5:7: error: javascript-url: link to 'javascript:void(0)' runs script"
                + " instead of going somewhere; use a <button> and a script file"),
        RuleFixtures.findings(rule, "javascript-url-invalid"));
  }

  @Test
  void aJavascriptUrlIsReportedOnceByAllTheLinkRules() {
    assertEquals(
        List.of(
            "index.html:6:7: error: javascript-url: link to 'javascript:alert('a b')' runs script"
                + " instead of going somewhere; use a <button> and a script file"),
        RuleFixtures.findings(RuleFixtures.linkRules(), "javascript-url-once"));
  }
}
