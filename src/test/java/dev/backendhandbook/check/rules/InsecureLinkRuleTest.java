package dev.backendhandbook.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class InsecureLinkRuleTest {
  private final InsecureLinkRule rule = new InsecureLinkRule();

  @Test
  void validFixturePasses() {
    assertEquals(List.of(), RuleFixtures.findings(rule, "insecure-link-valid"));
  }

  @Test
  void invalidFixtureReportsEachDefectExactly() {
    assertEquals(
        List.of(
            "index.html:5:7: error: insecure-link: URL 'http://example.org/' uses http:, use"
                + " https:",
            "index.html:6:6: error: insecure-link: URL 'http://example.org/logo.png' uses http:,"
                + " use https:",
            "project/plugins.html:5:9: error: insecure-link: URL 'http://example.org/badge.png'"
                + " uses http:, use https: (baked from template report.ftlh)"),
        RuleFixtures.findings(rule, "insecure-link-invalid"));
  }
}
