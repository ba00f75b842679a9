package dev.backendhandbook.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SitemapRuleTest {
  private final SitemapRule rule = new SitemapRule();

  @Test
  void validFixturePasses() {
    assertEquals(List.of(), RuleFixtures.findings(rule, "sitemap-valid"));
  }

  @Test
  void invalidFixtureReportsEachDefectExactly() {
    assertEquals(
        List.of(
            "a.html:3:45: error: sitemap: page is missing from sitemap.xml (baked from"
                + " content/a.adoc)",
            "sitemap.xml:4:8: error: sitemap: sitemap lists"
                + " 'https://example.org/book/removed.html', but the site has no 'removed.html'",
            "sitemap.xml:5:8: error: sitemap: sitemap lists 'https://elsewhere.example/page.html',"
                + " which is not under the site's base 'https://example.org/book/'"),
        RuleFixtures.findings(rule, "sitemap-invalid"));
  }
}
