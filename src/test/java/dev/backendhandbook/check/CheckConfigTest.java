package dev.backendhandbook.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.backendhandbook.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CheckConfigTest {
  private static final Path CONFIGS = Path.of("src/test/resources/check/config");
  private static final Path SITE = Path.of("src/test/resources/check/config-site").toAbsolutePath();
  private static final Set<String> RULES =
      Checker.defaultRules().stream().map(Rule::id).collect(Collectors.toSet());

  private static List<String> check(CheckConfig config) throws Exception {
    return new Checker(Checker.defaultRules(), file -> SITE.relativize(file).toString(), config)
        .check(SITE).diagnostics().stream().map(Diagnostic::toString).toList();
  }

  @Test
  void withoutConfigurationEveryDefectIsAnError() throws Exception {
    List<String> findings = check(CheckConfig.none());
    assertEquals(
        List.of(
            "index.html:4:1: error: single-h1: page has no <h1>",
            "index.html:6:1: error: heading-order: <h4> 'Skipped' follows an <h2>: a heading level"
                + " is skipped",
            "legacy/old.html:6:1: error: duplicate-id: id 'x' is already used by an earlier <h1>"),
        findings);
  }

  @Test
  void configurationChangesSeveritySwitchesRulesOffAndIgnoresPaths() throws Exception {
    CheckConfig config = CheckConfig.read(CONFIGS.resolve("downgrade.properties"), RULES);
    assertEquals(
        List.of(
            "index.html:6:1: warning: heading-order: <h4> 'Skipped' follows an <h2>: a heading"
                + " level is skipped"),
        check(config));
  }

  @Test
  void unknownRuleIsRejectedWithFileAndLine() {
    Path file = CONFIGS.resolve("unknown-rule.properties");
    CheckConfig.InvalidConfigException e =
        assertThrows(CheckConfig.InvalidConfigException.class, () -> CheckConfig.read(file, RULES));
    assertEquals(file + ":2: unknown rule 'heading-ordr'", e.getMessage());
  }
}
