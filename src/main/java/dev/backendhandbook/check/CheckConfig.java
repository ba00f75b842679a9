package dev.backendhandbook.check;

import dev.backendhandbook.diagnostic.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a site's checker configuration changes: a rule's severity, a rule switched off, and paths a
 * rule (or every rule) leaves alone.
 *
 * <pre>
 * # paths no rule checks, as globs relative to the site
 * ignore = drafts/**
 * # one rule: its severity (error, warning or off) and paths it leaves alone
 * rule.insecure-link.severity = warning
 * rule.single-h1.ignore = project/**, legacy/*.html
 * </pre>
 */
public final class CheckConfig {
  /** Thrown for a configuration that cannot be used, with its file and line. */
  public static final class InvalidConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidConfigException(String message) {
      super(message);
    }
  }

  private static final Pattern DOT = Pattern.compile("\\.");
  private static final Pattern COMMA = Pattern.compile(",");

  private static final CheckConfig EMPTY = new CheckConfig(List.of(), Map.of(), Map.of());

  private final List<PathMatcher> ignored;
  private final Map<String, Optional<Severity>> severities;
  private final Map<String, List<PathMatcher>> ignoredByRule;

  private CheckConfig(
      List<PathMatcher> ignored,
      Map<String, Optional<Severity>> severities,
      Map<String, List<PathMatcher>> ignoredByRule) {
    this.ignored = ignored;
    this.severities = severities;
    this.ignoredByRule = ignoredByRule;
  }

  /** No change to any rule. */
  public static CheckConfig none() {
    return EMPTY;
  }

  /** Reads a configuration file, checking every rule id against {@code knownRules}. */
  public static CheckConfig read(Path file, Set<String> knownRules)
      throws IOException, InvalidConfigException {
    return read(file, List.of(), knownRules);
  }

  /**
   * Reads a configuration file (when there is one), then settings given one by one in the same
   * {@code key = value} form, which win over the file's; every rule id is checked against {@code
   * knownRules}.
   */
  public static CheckConfig read(@Nullable Path file, List<String> settings, Set<String> knownRules)
      throws IOException, InvalidConfigException {
    List<PathMatcher> ignored = new ArrayList<>();
    Map<String, Optional<Severity>> severities = new HashMap<>();
    Map<String, List<PathMatcher>> ignoredByRule = new HashMap<>();
    List<String> lines =
        file == null
            ? List.of()
            : new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
    List<String> wheres = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      wheres.add(file + ":" + (i + 1) + ": ");
    }
    List<String> all = new ArrayList<>(lines);
    for (String setting : settings) {
      all.add(setting);
      wheres.add("--set '" + setting + "': ");
    }
    for (int i = 0; i < all.size(); i++) {
      String line = all.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String where = wheres.get(i);
      int equals = line.indexOf('=');
      if (equals < 0) {
        throw new InvalidConfigException(where + "expected 'key = value', found '" + line + "'");
      }
      String key = line.substring(0, equals).strip();
      String value = line.substring(equals + 1).strip();
      if (key.equals("ignore")) {
        ignored.addAll(globs(value));
        continue;
      }
      String[] parts = DOT.split(key, -1);
      if (parts.length != 3 || !parts[0].equals("rule")) {
        throw new InvalidConfigException(
            where
                + "unknown key '"
                + key
                + "': expected 'ignore', 'rule.<id>.severity' or 'rule.<id>.ignore'");
      }
      String rule = parts[1];
      if (!knownRules.contains(rule)) {
        throw new InvalidConfigException(where + "unknown rule '" + rule + "'");
      }
      switch (parts[2]) {
        case "severity" -> severities.put(rule, severity(value, where));
        case "ignore" ->
            ignoredByRule.computeIfAbsent(rule, r -> new ArrayList<>()).addAll(globs(value));
        default ->
            throw new InvalidConfigException(
                where
                    + "unknown setting '"
                    + parts[2]
                    + "' for rule '"
                    + rule
                    + "': expected 'severity' or 'ignore'");
      }
    }
    return new CheckConfig(List.copyOf(ignored), Map.copyOf(severities), Map.copyOf(ignoredByRule));
  }

  /** True when no rule checks this page. */
  boolean ignores(String path) {
    return matches(ignored, path);
  }

  /** The severity a finding is reported with, or empty when its rule is off for its path. */
  Optional<Severity> severityOf(String rule, String path, Severity reported) {
    if (ignores(path) || matches(ignoredByRule.getOrDefault(rule, List.of()), path)) {
      return Optional.empty();
    }
    return severities.getOrDefault(rule, Optional.of(reported));
  }

  private static boolean matches(List<PathMatcher> globs, String path) {
    Path relative = Path.of(path);
    return globs.stream().anyMatch(glob -> glob.matches(relative));
  }

  private static List<PathMatcher> globs(String value) {
    List<PathMatcher> globs = new ArrayList<>();
    for (String glob : COMMA.split(value, -1)) {
      if (!glob.isBlank()) {
        globs.add(FileSystems.getDefault().getPathMatcher("glob:" + glob.strip()));
      }
    }
    return globs;
  }

  private static Optional<Severity> severity(String value, String where)
      throws InvalidConfigException {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "error" -> Optional.of(Severity.ERROR);
      case "warning" -> Optional.of(Severity.WARNING);
      case "off" -> Optional.empty();
      default ->
          throw new InvalidConfigException(
              where + "unknown severity '" + value + "': expected error, warning or off");
    };
  }
}
