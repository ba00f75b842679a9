package dev.backendhandbook.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class InlineCodeRuleTest {
  private final InlineCodeRule rule = new InlineCodeRule();

  @Test
  void validFixturePasses() {
    assertEquals(List.of(), RuleFixtures.findings(rule, "csp-inline-valid"));
  }

  @Test
  void invalidFixtureReportsEachDefectExactly() {
    assertEquals(
        List.of(
            "index.html:5:1: error: csp-inline: inline <script> is blocked by this page's Content"
                + " Security Policy; move it to a .js file",
            "index.html:6:1: error: csp-inline: style=\"color: red\" on <p> is blocked by this"
                + " page's Content Security Policy; use a class",
            "index.html:7:1: error: csp-inline: onclick handler on <button> is blocked by this"
                + " page's Content Security Policy; add the listener from a .js file"),
        RuleFixtures.findings(rule, "csp-inline-invalid"));
  }

  @Test
  void inlineCodeWhoseHashThePolicyListsRuns() {
    assertEquals(
        List.of(
            "index.html:7:1: error: csp-inline: inline <script> is blocked by this page's Content"
                + " Security Policy; move it to a .js file"),
        RuleFixtures.findings(rule, "csp-inline-hash"));
  }
}
