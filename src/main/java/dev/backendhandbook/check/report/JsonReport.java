package dev.backendhandbook.check.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backendhandbook.diagnostic.Diagnostic;
import dev.backendhandbook.diagnostic.SourceLocation;
import dev.backendhandbook.json.Json;
import java.util.List;

/**
 * The findings as one JSON object: {@code {"pages": N, "errors": N, "warnings": N, "findings":
 * [{"path", "line", "column", "severity", "rule", "message", "source"?}]}}, where {@code source}
 * ({@code {"path", "line"}}) is the AsciiDoc file, and line when known, a baked page came from.
 */
public final class JsonReport {
  private JsonReport() {}

  public static String of(List<Diagnostic> diagnostics, int pages) {
    long errors = diagnostics.stream().filter(Diagnostic::isError).count();
    ObjectNode report = Json.mapper().createObjectNode();
    report.put("pages", pages);
    report.put("errors", errors);
    report.put("warnings", diagnostics.size() - errors);
    ArrayNode findings = report.putArray("findings");
    for (Diagnostic d : diagnostics) {
      ObjectNode finding = findings.addObject();
      finding.put("path", d.path());
      finding.put("line", d.line());
      finding.put("column", d.column());
      finding.put("severity", d.severity().label());
      finding.put("rule", d.rule());
      finding.put("message", d.message());
      SourceLocation source = d.source();
      if (source != null) {
        ObjectNode at = finding.putObject("source");
        at.put("path", source.path());
        at.put("line", source.line());
      }
    }
    return Json.write(report);
  }
}
