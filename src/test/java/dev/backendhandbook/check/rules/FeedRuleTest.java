package dev.backendhandbook.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FeedRuleTest {
  private final FeedRule rule = new FeedRule();

  @Test
  void validFixturePasses() {
    assertEquals(List.of(), RuleFixtures.findings(rule, "feed-valid"));
  }

  @Test
  void invalidFixtureReportsEachDefectExactly() {
    assertEquals(
        List.of(
            "feed.xml:3:16: error: feed: feed.xml is not well-formed XML: The entity name must"
                + " immediately follow the '&' in the entity reference."),
        RuleFixtures.findings(rule, "feed-invalid"));
  }
}
