package dev.backendhandbook.check.report;

import dev.backendhandbook.diagnostic.Diagnostic;
import dev.backendhandbook.json.Json;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The findings as a SARIF 2.1.0 log (OASIS Static Analysis Results Interchange Format), the form
 * GitHub code scanning reads to show findings inline on pull requests.
 *
 * <p>Each finding is a result at its file, line and column, with the rule id and a level of {@code
 * error} or {@code warning}. Lines and columns of 0 (unknown) are left out, as SARIF regions count
 * from 1.
 */
public final class SarifReport {
  private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private SarifReport() {}

  public static String of(List<Diagnostic> diagnostics, String toolVersion) {
    String rules =
        new TreeSet<>(diagnostics.stream().map(Diagnostic::rule).toList())
            .stream()
                .map(rule -> "            {\"id\": " + Json.string(rule) + "}")
                .collect(Collectors.joining(",\n"));
    String results =
        diagnostics.stream().map(SarifReport::result).collect(Collectors.joining(",\n"));
    return "{\n"
        + "  \"$schema\": "
        + Json.string(SCHEMA)
        + ",\n"
        + "  \"version\": \"2.1.0\",\n"
        + "  \"runs\": [\n"
        + "    {\n"
        + "      \"tool\": {\n"
        + "        \"driver\": {\n"
        + "          \"name\": \"handbook-check\",\n"
        + "          \"version\": "
        + Json.string(toolVersion)
        + ",\n"
        + "          \"rules\": ["
        + (rules.isEmpty() ? "" : "\n" + rules + "\n          ")
        + "]\n"
        + "        }\n"
        + "      },\n"
        + "      \"results\": ["
        + (results.isEmpty() ? "" : "\n" + results + "\n      ")
        + "]\n"
        + "    }\n"
        + "  ]\n"
        + "}\n";
  }

  private static String result(Diagnostic d) {
    StringBuilder region = new StringBuilder();
    if (d.line() > 0) {
      region.append(", \"region\": {\"startLine\": ").append(d.line());
      if (d.column() > 0) {
        region.append(", \"startColumn\": ").append(d.column());
      }
      region.append('}');
    }
    return "        {\"ruleId\": "
        + Json.string(d.rule())
        + ", \"level\": "
        + Json.string(d.severity().label())
        + ", \"message\": {\"text\": "
        + Json.string(d.message())
        + "}"
        + ", \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": "
        + Json.string(d.path())
        + "}"
        + region
        + "}}]}";
  }
}
