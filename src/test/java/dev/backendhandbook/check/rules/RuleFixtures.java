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
    return findings(List.of(rule), fixture);
  }

  /** Every rule about a URL: they are the ones that could report one URL twice. */
  static List<Rule> linkRules() {
    return List.of(
        new MissingFileRule(),
        new MissingFragmentRule(),
        new RootAbsoluteLinkRule(),
        new FolderLinkRule(),
        new FileLinkRule(),
        new EmptyLinkRule(),
        new JavascriptUrlRule(),
        new MalformedUrlRule(),
        new InsecureLinkRule(),
        new TargetBlankRule());
  }

  /** The findings of {@code rules} on the fixture folder, printed, paths relative to it. */
  static List<String> findings(List<Rule> rules, String fixture) {
    try {
      Path root = Path.of(RuleFixtures.class.getResource("/check/" + fixture).toURI());
      Checker checker =
          new Checker(rules, file -> root.relativize(file).toString().replace('\\', '/'));
      return checker.check(root).diagnostics().stream().map(Diagnostic::toString).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
