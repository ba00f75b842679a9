package dev.backendhandbook.check.rules;

import dev.backendhandbook.check.Checker;
import dev.backendhandbook.check.Rule;
import dev.backendhandbook.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** Runs one rule over a fixture site under {@code src/test/resources/check/}. */
final class RuleFixtures {
  private RuleFixtures() {}

  /** The findings of {@code rule} on the fixture folder, printed, paths relative to it. */
  static List<String> findings(Rule rule, String fixture) {
    try {
      Path root = Path.of(RuleFixtures.class.getResource("/check/" + fixture).toURI());
      Checker checker =
          new Checker(List.of(rule), file -> root.relativize(file).toString().replace('\\', '/'));
      return checker.check(root).diagnostics().stream().map(Diagnostic::toString).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
