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
  private CheckerSetup() {}

  /** The configuration a bake checks its site with: the given file, or the source tree's own. */
  static CheckConfig forBake(CommandLine command, @Nullable Path config, Path source)
      throws IOException {
    Path file = config;
    if (file == null && Files.isRegularFile(source.resolve("checker.properties"))) {
      file = source.resolve("checker.properties");
    }
    return read(command, file, Checker.defaultRules());
  }

  static CheckConfig read(CommandLine command, @Nullable Path config, List<Rule> rules)
      throws IOException {
    if (config == null) {
      return CheckConfig.none();
    }
    Set<String> ids = new HashSet<>();
    rules.forEach(rule -> ids.add(rule.id()));
    ids.add("external-link");
    try {
      return CheckConfig.read(config, ids);
    } catch (CheckConfig.InvalidConfigException e) {
      throw new ParameterException(command, e.getMessage());
    } catch (NoSuchFileException e) {
      throw new ParameterException(command, "configuration '" + config + "' does not exist");
    }
  }
}
