package dev.backendhandbook.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ImageAltRuleTest {
  private final ImageAltRule rule = new ImageAltRule();

  @Test
  void validFixturePasses() {
    assertEquals(List.of(), RuleFixtures.findings(rule, "image-alt-valid"));
  }

  @Test
  void invalidFixtureReportsEachDefectExactly() {
    assertEquals(
        List.of("index.html:5:4: error: image-alt: <img src=\"chart.png\"> has no alt attribute"),
        RuleFixtures.findings(rule, "image-alt-invalid"));
  }
}
