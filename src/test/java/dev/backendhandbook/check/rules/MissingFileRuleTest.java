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

  @Test
  void relativeLinksStartWhereBaseHrefSays() {
    assertEquals(
        List.of(
            "index.html:7:4: error: missing-file: link to 'nope.html' names a file that does not"
                + " exist: 'docs/nope.html'"),
        RuleFixtures.findings(RuleFixtures.linkRules(), "missing-file-base-href"));
  }

  @Test
  void aBaseOnAnotherHostMakesRelativeLinksExternal() {
    assertEquals(List.of(), RuleFixtures.findings(rule, "missing-file-base-elsewhere"));
  }

  @Test
  void spacesAroundAUrlAreDroppedAsBrowsersDo() {
    assertEquals(
        List.of(), RuleFixtures.findings(RuleFixtures.linkRules(), "missing-file-url-spaces"));
  }

  @Test
  void srcsetUrlsKeepTheirCommas() {
    assertEquals(
        List.of(
            "index.html:7:22: error: missing-file: link to 'missing.png' names a file that does not"
                + " exist: 'missing.png'"),
        RuleFixtures.findings(rule, "missing-file-srcset-commas"));
  }

  @Test
  void folderAndRootAbsoluteLinksAreResolvedWithTheirStyleRulesOff() {
    assertEquals(
        List.of(
            "index.html:6:7: error: missing-file: link to 'nosuch/' names a folder that does not"
                + " exist: 'nosuch/'",
            "index.html:7:4: error: missing-file: link to '/nosuch.html' names a file that does not"
                + " exist: 'nosuch.html'",
            "index.html:10:4: error: missing-file: link to 'empty/' names folder 'empty/', which"
                + " has no index.html"),
        RuleFixtures.findings(rule, "missing-file-folders"));
  }

  @Test
  void cssUrlsArePercentDecodedAndNeverPrintNull() {
    assertEquals(
        List.of(
            "css/site.css:2:18: error: missing-file: url(c%20d.png) names a file that does not"
                + " exist: 'css/c d.png'",
            "css/site.css:3:17: error: missing-file: url(../../outside.png) climbs above the site"
                + " root"),
        RuleFixtures.findings(rule, "missing-file-css-urls"));
  }

  @Test
  void upperCaseHtmlPagesAreChecked() {
    assertEquals(
        List.of(
            "PAGE.HTML:6:7: error: missing-file: link to 'gone.html' names a file that does not"
                + " exist: 'gone.html'"),
        RuleFixtures.findings(rule, "missing-file-upper-case-extension"));
  }

  @Test
  void refreshAndCiteUrlsAreChecked() {
    assertEquals(
        List.of(
            "index.html:3:124: error: missing-file: link to 'moved.html' names a file that does not"
                + " exist: 'moved.html'",
            "index.html:6:13: error: missing-file: link to 'sources/missing.html' names a file"
                + " that does not exist: 'sources/missing.html'"),
        RuleFixtures.findings(rule, "missing-file-refresh-cite-usemap"));
  }
}
