package dev.backendhandbook.cli;

import dev.backendhandbook.check.CheckConfig;
import dev.backendhandbook.check.Checker;
import dev.backendhandbook.check.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Reads a checker configuration for a command, turning a bad one into a usage error. */
final class CheckerSetup {
  /** The rule that exists only with {@code --external}, but may be configured without it. */
  static final String EXTERNAL_LINK = "external-link";

  private CheckerSetup() {}

  /** The configuration a bake checks its site with: the given file, or the source tree's own. */
  static CheckConfig forBake(CommandLine command, @Nullable Path config, Path source)
      throws IOException {
    Path file = config;
    if (file == null && Files.isRegularFile(source.resolve("checker.properties"))) {
      file = source.resolve("checker.properties");
    }
    return read(command, file, List.of(), Checker.defaultRules());
  }

  /**
   * The configuration in {@code config} (when given) with {@code settings} ({@code key=value}, the
   * file's syntax) over it, every rule id checked against {@code rules}.
   */
  static CheckConfig read(
      CommandLine command, @Nullable Path config, List<String> settings, List<Rule> rules)
      throws IOException {
    if (config == null && settings.isEmpty()) {
      return CheckConfig.none();
    }
    Set<String> ids = new HashSet<>();
    rules.forEach(rule -> ids.add(rule.id()));
    ids.add(EXTERNAL_LINK);
    try {
      return CheckConfig.read(config, settings, ids);
    } catch (CheckConfig.InvalidConfigException e) {
      throw new ParameterException(command, e.getMessage());
    } catch (NoSuchFileException e) {
      throw new ParameterException(command, "configuration '" + config + "' does not exist");
    }
  }
}
