package dev.backendhandbook.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnreachablePageRuleTest {
  private final UnreachablePageRule rule = new UnreachablePageRule();

  @Test
  void validFixturePasses() {
    assertEquals(List.of(), RuleFixtures.findings(rule, "unreachable-page-valid"));
  }

  @Test
  void invalidFixtureReportsEachDefectExactly() {
    assertEquals(
        List.of(
            "orphan.html:2:1: error: unreachable-page: no link from index.html leads to this page"),
        RuleFixtures.findings(rule, "unreachable-page-invalid"));
  }

  @Test
  void redirectPagesAreNotUnreachableAndTheirTargetMustExist() {
    assertEquals(
        List.of(
            "older.html:6:28: error: missing-file: link to 'gone.html' names a file that does not"
                + " exist: 'gone.html'",
            "older.html:11:17: error: missing-file: link to 'gone.html' names a file that does not"
                + " exist: 'gone.html'",
            "orphan.html:2:1: error: unreachable-page: no link from index.html leads to this page"),
        RuleFixtures.findings(List.of(rule, new MissingFileRule()), "unreachable-page-redirect"));
  }
}
