package dev.backendhandbook.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SourceLinesTest {
  @Test
  void theLineRoleBecomesAnAttributeAndTheOtherClassesStay() {
    assertEquals(
        "<div class=\"paragraph\" data-source-line=\"12\"><p>x</p></div>\n"
            + "<div class=\"sect1 lead\" data-source-line=\"3\">",
        SourceLines.attributes(
            "<div class=\"paragraph handbook-source-line-12\"><p>x</p></div>\n"
                + "<div class=\"sect1 handbook-source-line-3 lead\">"));
  }

  @Test
  void htmlWithoutLinesIsLeftAsItIs() {
    assertEquals("<p class=\"x\">y</p>", SourceLines.attributes("<p class=\"x\">y</p>"));
  }
}
