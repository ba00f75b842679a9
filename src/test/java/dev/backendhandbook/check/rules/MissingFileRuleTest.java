package dev.backendhandbook.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MissingFileRuleTest {
  private final MissingFileRule rule = new MissingFileRule();

  @Test
  void validFixturePasses() {
    assertEquals(List.of(), RuleFixtures.findings(rule, "missing-file-valid"));
  }

  @Test
  void invalidFixtureReportsEachDefectExactly() {
    assertEquals(
        List.of(
            "css/site.css:2:19: error: missing-file: url(../fonts/missing.woff2) names a file that"
                + " does not exist: 'fonts/missing.woff2'",
            "index.html:5:7: error: missing-file: link to 'guide/nope.html' names a file that does"
                + " not exist: 'guide/nope.html'",
            "index.html:6:6: error: missing-file: link to 'images/missing.png' names a file that"
                + " does not exist: 'images/missing.png'",
            "index.html:7:4: error: missing-file: link to '../../outside.html' climbs above the"
                + " site root"),
        RuleFixtures.findings(rule, "missing-file-invalid"));
  }
}
