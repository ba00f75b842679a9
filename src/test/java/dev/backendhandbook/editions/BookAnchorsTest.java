package dev.backendhandbook.editions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BookAnchorsTest {
  private final BookAnchors anchors =
      new BookAnchors(Set.of("index", "data_databases", "reference_glossary"));
  private final List<String> missing = new ArrayList<>();

  private String rewrite(String line) {
    return anchors.rewrite("data/databases.adoc", line, missing);
  }

  @Test
  void aPageAnchorIsItsPathWithoutExtension() {
    assertEquals("data_databases", BookAnchors.of("data/databases.adoc"));
    assertEquals("index", BookAnchors.of("index.adoc"));
  }

  @Test
  void blockIdsGetThePagePrefixAndKeepTheirRoles() {
    assertEquals("[#data_databases_acid]", rewrite("[#acid]"));
    assertEquals("[#data_databases_acid.note]", rewrite("[#acid.note]"));
  }

  @Test
  void linksToOtherPagesBecomeLinksInsideTheBook() {
    assertEquals(
        "A xref:reference_glossary_back-end[back end's] job and xref:reference_glossary[the"
            + " glossary].",
        rewrite(
            "A xref:../reference/glossary.adoc#back-end[back end's] job and"
                + " xref:../reference/glossary.adoc[the glossary]."));
    assertEquals("See xref:data_databases_acid[].", rewrite("See xref:databases.adoc#acid[]."));
    assertEquals("See xref:data_databases_acid[].", rewrite("See xref:acid[]."));
    assertEquals("See <<data_databases_acid>>.", rewrite("See <<acid>>."));
    assertEquals(
        "See <<reference_glossary_acid,ACID>>.",
        rewrite("See <<../reference/glossary.adoc#acid,ACID>>."));
    assertEquals(List.of(), missing);
  }

  @Test
  void aLinkToAPageTheBookLacksIsKeptAndReported() {
    assertEquals(
        "xref:drafts.adoc#x[draft] and xref:../../up.adoc[up]",
        rewrite("xref:drafts.adoc#x[draft] and xref:../../up.adoc[up]"));
    assertEquals(List.of("drafts.adoc#x", "../../up.adoc"), missing);
  }

  @Test
  void otherTextIsLeftAsItWas() {
    assertEquals(
        "Plain text, [source,java] and #id.", rewrite("Plain text, [source,java] and #id."));
  }
}
