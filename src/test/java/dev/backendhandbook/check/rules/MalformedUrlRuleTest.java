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

  @Test
  void aBadPercentEscapeIsAFindingAtItsLinkNeverACrash() {
    assertEquals(
        List.of(
            "index.html:6:7: error: malformed-url: URL '#%ZZ' has '%ZZ', which is not a percent"
                + " escape; write a literal '%' as '%25'",
            // The fragment, read as it is written, is missing too.
            "index.html:6:7: error: missing-fragment: link to '#%ZZ' names fragment '%ZZ', but"
                + " this page has no element with that id",
            "index.html:7:4: error: malformed-url: URL '100%.html' has '%.h', which is not a"
                + " percent escape; write a literal '%' as '%25'",
            "index.html:8:4: error: malformed-url: URL 'https://example.com/%ZZ' has '%ZZ', which"
                + " is not a percent escape; write a literal '%' as '%25'",
            "index.html:9:4: error: malformed-url: URL 'mailto:someone%ZZ@example.com' has '%ZZ',"
                + " which is not a percent escape; write a literal '%' as '%25'"),
        RuleFixtures.findings(RuleFixtures.linkRules(), "malformed-url-bad-escape"));
  }

  @Test
  void charactersBrowsersEncodeInAQueryAreNotErrors() {
    assertEquals(List.of(), RuleFixtures.findings(rule, "malformed-url-pipe-in-query"));
  }
}
