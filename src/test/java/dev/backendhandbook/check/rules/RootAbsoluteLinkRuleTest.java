package dev.backendhandbook.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RootAbsoluteLinkRuleTest {
  private final RootAbsoluteLinkRule rule = new RootAbsoluteLinkRule();

  @Test
  void validFixturePasses() {
    assertEquals(List.of(), RuleFixtures.findings(rule, "root-absolute-link-valid"));
  }

  @Test
  void invalidFixtureReportsEachDefectExactly() {
    assertEquals(
        List.of(
            "index.html:5:24: error: root-absolute-link: link to '/css/site.css' is root-absolute:"
                + " it breaks when the site is opened from disk or served under a sub-path; make it"
                + " relative to this page",
            "index.html:6:7: error: root-absolute-link: link to '/page.html' is root-absolute: it"
                + " breaks when the site is opened from disk or served under a sub-path; make it"
                + " relative to this page"),
        RuleFixtures.findings(rule, "root-absolute-link-invalid"));
  }

  @Test
  void baseHrefIsNotALink() {
    assertEquals(
        List.of(), RuleFixtures.findings(RuleFixtures.linkRules(), "root-absolute-link-base-href"));
  }
}
