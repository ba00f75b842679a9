package dev.backendhandbook.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FolderLinkRuleTest {
  private final FolderLinkRule rule = new FolderLinkRule();

  @Test
  void validFixturePasses() {
    assertEquals(List.of(), RuleFixtures.findings(rule, "folder-link-valid"));
  }

  @Test
  void invalidFixtureReportsEachDefectExactly() {
    assertEquals(
        List.of(
            "index.html:5:7: error: folder-link: link to 'guide/' names a folder, which a browser"
                + " reading from disk cannot open; link to 'guide/index.html'",
            "index.html:6:4: error: folder-link: link to 'guide' names a folder, which a browser"
                + " reading from disk cannot open; link to 'guide/index.html'",
            "index.html:7:4: error: folder-link: link to './' names a folder, which a browser"
                + " reading from disk cannot open; link to './index.html'"),
        RuleFixtures.findings(rule, "folder-link-invalid"));
  }
}
