package dev.backendhandbook.check.report;

import dev.backendhandbook.diagnostic.Diagnostic;
import dev.backendhandbook.json.Json;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The findings as one JSON object: {@code {"pages": N, "errors": N, "warnings": N, "findings":
 * [{"path", "line", "column", "severity", "rule", "message"}]}}.
 */
public final class JsonReport {
  private JsonReport() {}

  public static String of(List<Diagnostic> diagnostics, int pages) {
    long errors = diagnostics.stream().filter(Diagnostic::isError).count();
    String findings =
        diagnostics.stream()
            .map(
                d ->
                    "    {\"path\": "
                        + Json.string(d.path())
                        + ", \"line\": "
                        + d.line()
                        + ", \"column\": "
                        + d.column()
                        + ", \"severity\": "
                        + Json.string(d.severity().label())
                        + ", \"rule\": "
                        + Json.string(d.rule())
                        + ", \"message\": "
                        + Json.string(d.message())
                        + "}")
            .collect(Collectors.joining(",\n"));
    return "{\n  \"pages\": "
        + pages
        + ",\n  \"errors\": "
        + errors
        + ",\n  \"warnings\": "
        + (diagnostics.size() - errors)
        + ",\n  \"findings\": ["
        + (findings.isEmpty() ? "" : "\n" + findings + "\n  ")
        + "]\n}\n";
  }
}
