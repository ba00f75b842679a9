package dev.backendhandbook.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MalformedUrlRuleTest {
  private final MalformedUrlRule rule = new MalformedUrlRule();

  @Test
  void validFixturePasses() {
    assertEquals(List.of(), RuleFixtures.findings(rule, "malformed-url-valid"));
  }

  @Test
  void invalidFixtureReportsEachDefectExactly() {
    assertEquals(
        List.of(
            "index.html:5:7: error: malformed-url: URL 'https://exa mple.org/' is malformed:"
                + " Illegal character in authority",
            "index.html:6:4: error: malformed-url: URL 'https:///path' has no host"),
        RuleFixtures.findings(rule, "malformed-url-invalid"));
  }
}
