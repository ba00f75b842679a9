package dev.backendhandbook.check.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.backendhandbook.diagnostic.Diagnostic;
import dev.backendhandbook.diagnostic.Severity;
import dev.backendhandbook.diagnostic.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<Diagnostic> findings =
      List.of(
          new Diagnostic(
              "site/a.html",
              3,
              7,
              Severity.ERROR,
              "missing-file",
              "link to 'b \"x\".html' is broken",
              new SourceLocation("src/content/a.adoc", 12)),
          Diagnostic.warning("site/feed.xml", 0, 0, "feed", "unreadable"));

  /** The SARIF 2.1.0 schema as OASIS publishes it (errata 01), read from the test resources. */
  private static Schema sarifSchema() throws IOException {
    try (InputStream schema =
        ReportsTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(schema);
    }
  }

  @Test
  void jsonListsEveryFindingWithCountsAndTheSourceItCameFrom() throws Exception {
    JsonNode report = JSON.readTree(JsonReport.of(findings, 4));
    assertEquals(
        JSON.readTree(
            """
            {"pages": 4, "errors": 1, "warnings": 1, "findings": [
              {"path": "site/a.html", "line": 3, "column": 7, "severity": "error",
               "rule": "missing-file", "message": "link to 'b \\"x\\".html' is broken",
               "source": {"path": "src/content/a.adoc", "line": 12}},
              {"path": "site/feed.xml", "line": 0, "column": 0, "severity": "warning",
               "rule": "feed", "message": "unreadable"}
            ]}
            """),
        report);
  }

  @Test
  void sarifIsValidAgainstTheSchema() throws Exception {
    String sarif = SarifReport.of(findings, "1.0.0");
    List<Error> errors = sarifSchema().validate(sarif, InputFormat.JSON);
    assertEquals(List.of(), errors.stream().map(Error::toString).toList(), sarif);
  }

  @Test
  void theSchemaCatchesABrokenLog() throws Exception {
    // The validator must be able to fail: a result with a level SARIF does not define.
    String broken =
        SarifReport.of(findings, "1.0.0").replace("\"level\" : \"error\"", "\"level\" : \"fatal\"");
    List<Error> errors = sarifSchema().validate(broken, InputFormat.JSON);
    assertEquals(1, errors.size(), errors.toString());
  }

  @Test
  void sarifPutsTheResultAtTheSourceAndTheBakedPageBeside() throws Exception {
    JsonNode results = JSON.readTree(SarifReport.of(findings, "1.0.0")).at("/runs/0/results");
    assertEquals(
        JSON.readTree(
            """
            [{"ruleId": "missing-file", "level": "error",
              "message": {"text": "link to 'b \\"x\\".html' is broken"},
              "locations": [{"physicalLocation": {"artifactLocation": {"uri": "src/content/a.adoc"},
                "region": {"startLine": 12}}}],
              "relatedLocations": [{"id": 1, "message": {"text": "the baked page"},
                "physicalLocation": {"artifactLocation": {"uri": "site/a.html"},
                "region": {"startLine": 3, "startColumn": 7}}}]},
             {"ruleId": "feed", "level": "warning", "message": {"text": "unreadable"},
              "locations": [{"physicalLocation": {"artifactLocation": {"uri": "site/feed.xml"}}}]}]
            """),
        results);
    assertEquals(
        JSON.readTree("[{\"id\": \"feed\"}, {\"id\": \"missing-file\"}]"),
        JSON.readTree(SarifReport.of(findings, "1.0.0")).at("/runs/0/tool/driver/rules"));
  }

  @Test
  void emptyReportsAreValidToo() throws Exception {
    assertEquals(
        JSON.readTree("{\"pages\": 0, \"errors\": 0, \"warnings\": 0, \"findings\": []}"),
        JSON.readTree(JsonReport.of(List.of(), 0)));
    String sarif = SarifReport.of(List.of(), "1.0.0");
    assertEquals(List.of(), sarifSchema().validate(sarif, InputFormat.JSON));
    assertEquals(0, JSON.readTree(sarif).at("/runs/0/results").size());
  }
}
