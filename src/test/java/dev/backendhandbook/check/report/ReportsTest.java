package dev.backendhandbook.check.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backendhandbook.diagnostic.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportsTest {
  private final List<Diagnostic> findings =
      List.of(
          Diagnostic.error("site/a.html", 3, 7, "missing-file", "link to 'b \"x\".html' is broken"),
          Diagnostic.warning("site/feed.xml", 0, 0, "feed", "unreadable"));

  @Test
  void jsonListsEveryFindingWithCounts() {
    assertEquals(
        """
        {
          "pages": 4,
          "errors": 1,
          "warnings": 1,
          "findings": [
            {"path": "site/a.html", "line": 3, "column": 7, "severity": "error", "rule": "missing-file", "message": "link to 'b \\"x\\".html' is broken"},
            {"path": "site/feed.xml", "line": 0, "column": 0, "severity": "warning", "rule": "feed", "message": "unreadable"}
          ]
        }
        """,
        JsonReport.of(findings, 4));
  }

  @Test
  void sarifHasOneResultPerFindingAndRegionsOnlyWhereKnown() {
    String sarif = SarifReport.of(findings, "1.0.0");
    assertTrue(sarif.contains("\"version\": \"2.1.0\""));
    assertTrue(
        sarif.contains(
            "{\"ruleId\": \"missing-file\", \"level\": \"error\", \"message\": {\"text\": \"link to"
                + " 'b \\\"x\\\".html' is broken\"}, \"locations\": [{\"physicalLocation\":"
                + " {\"artifactLocation\": {\"uri\": \"site/a.html\"}, \"region\": {\"startLine\":"
                + " 3, \"startColumn\": 7}}}]}"),
        sarif);
    assertTrue(
        sarif.contains(
            "{\"ruleId\": \"feed\", \"level\": \"warning\", \"message\": {\"text\":"
                + " \"unreadable\"}, \"locations\": [{\"physicalLocation\": {\"artifactLocation\":"
                + " {\"uri\": \"site/feed.xml\"}}}]}"),
        sarif);
    assertTrue(
        sarif.contains("{\"id\": \"feed\"},\n            {\"id\": \"missing-file\"}"), sarif);
  }

  @Test
  void emptyReportsAreValidToo() {
    assertTrue(JsonReport.of(List.of(), 0).contains("\"findings\": []"));
    assertTrue(SarifReport.of(List.of(), "1.0.0").contains("\"results\": []"));
  }
}
