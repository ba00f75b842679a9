package dev.backendhandbook.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FileLinkRuleTest {
  private final FileLinkRule rule = new FileLinkRule();

  @Test
  void validFixturePasses() {
    assertEquals(List.of(), RuleFixtures.findings(rule, "file-link-valid"));
  }

  @Test
  void invalidFixtureReportsEachDefectExactly() {
    assertEquals(
        List.of(
            "index.html:5:7: error: file-link: link to 'file:///home/writer/site/page.html' names a"
                + " file on one machine's disk; link relative to this page"),
        RuleFixtures.findings(rule, "file-link-invalid"));
  }
}
