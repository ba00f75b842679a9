package dev.backendhandbook.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MissingFileRuleTest {
  private final MissingFileRule rule = new MissingFileRule();

  @Test
  void linksAndResourcesThatExistPass() {
    assertEquals(List.of(), RuleFixtures.findings(rule, "missing-file-valid"));
  }

  @Test
  void reportsMissingFilesAndLinksAboveTheRoot() {
    assertEquals(
        List.of(
            "index.html:5:7: error: missing-file: link to 'guide/nope.html' names a file that does not exist: 'guide/nope.html'",
            "index.html:6:6: error: missing-file: link to 'images/missing.png' names a file that does not exist: 'images/missing.png'",
            "index.html:7:4: error: missing-file: link to '../../outside.html' climbs above the site root"),
        RuleFixtures.findings(rule, "missing-file-invalid"));
  }
}
