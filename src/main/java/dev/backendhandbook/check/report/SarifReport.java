package dev.backendhandbook.check.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backendhandbook.diagnostic.Diagnostic;
import dev.backendhandbook.diagnostic.SourceLocation;
import dev.backendhandbook.json.Json;
import java.util.List;
import java.util.TreeSet;

/**
 * The findings as a SARIF 2.1.0 log (OASIS Static Analysis Results Interchange Format), the form
 * GitHub code scanning reads to show findings inline on pull requests.
 *
 * <p>Each finding is a result with the rule id and a level of {@code error} or {@code warning}. Its
 * location is the file a contributor edits: for a baked page, the AsciiDoc source (at its line when
 * the bake recorded one), with the baked page as a related location; otherwise the file itself.
 * Lines and columns of 0 (unknown) are left out, as SARIF regions count from 1.
 */
public final class SarifReport {
  private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private SarifReport() {}

  public static String of(List<Diagnostic> diagnostics, String toolVersion) {
    ObjectNode log = Json.mapper().createObjectNode();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "handbook-check");
    driver.put("version", toolVersion);
    ArrayNode rules = driver.putArray("rules");
    new TreeSet<>(diagnostics.stream().map(Diagnostic::rule).toList())
        .forEach(rule -> rules.addObject().put("id", rule));
    ArrayNode results = run.putArray("results");
    for (Diagnostic d : diagnostics) {
      ObjectNode result = results.addObject();
      result.put("ruleId", d.rule());
      result.put("level", d.severity().label());
      result.putObject("message").put("text", d.message());
      ArrayNode locations = result.putArray("locations");
      SourceLocation source = d.source();
      if (source == null) {
        location(locations.addObject(), d.path(), d.line(), d.column());
      } else {
        location(locations.addObject(), source.path(), source.line(), 0);
        ObjectNode baked = result.putArray("relatedLocations").addObject();
        baked.put("id", 1);
        baked.putObject("message").put("text", "the baked page");
        location(baked, d.path(), d.line(), d.column());
      }
    }
    return Json.write(log);
  }

  private static void location(ObjectNode into, String uri, int line, int column) {
    ObjectNode physical = into.putObject("physicalLocation");
    physical.putObject("artifactLocation").put("uri", uri);
    if (line > 0) {
      ObjectNode region = physical.putObject("region");
      region.put("startLine", line);
      if (column > 0) {
        region.put("startColumn", column);
      }
    }
  }
}
