package dev.backendhandbook.bake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * When each page last changed, from git: the date of the newest commit that touched it.
 *
 * <p>A page's date never comes from its file's time or the clock, so two builds of one commit are
 * identical. Without git, or for a file git does not know yet, the date is {@code
 * SOURCE_DATE_EPOCH} when the environment sets it (the reproducible-builds convention), else a
 * fixed date.
 */
final class GitHistory {
  /** The date of a page git knows nothing about, when SOURCE_DATE_EPOCH is not set either. */
  static final Instant FIXED = Instant.parse("2026-01-01T00:00:00Z");

  private final Map<String, Instant> lastChanged;
  private final Instant fallback;
  private final @Nullable String prefix;

  private GitHistory(Map<String, Instant> lastChanged, Instant fallback, @Nullable String prefix) {
    this.lastChanged = lastChanged;
    this.fallback = fallback;
    this.prefix = prefix;
  }

  /** Reads the history of the files under {@code folder}, in one call to git. */
  static GitHistory of(Path folder, @Nullable String sourceDateEpoch) {
    Instant fallback = FIXED;
    if (sourceDateEpoch != null && sourceDateEpoch.strip().matches("\\d+")) {
      fallback = Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.strip()));
    }
    String log =
        git(
            folder,
            "log",
            "--format=%x01%ct",
            "--name-only",
            "--no-renames",
            "--relative",
            "--",
            ".");
    Map<String, Instant> lastChanged = new HashMap<>();
    Instant commit = fallback;
    if (log != null) {
      for (String line : log.lines().toList()) {
        if (line.startsWith("\u0001")) {
          commit = Instant.ofEpochSecond(Long.parseLong(line.substring(1).strip()));
        } else if (!line.isBlank()) {
          lastChanged.putIfAbsent(line.strip(), commit);
        }
      }
    }
    String prefix = git(folder, "rev-parse", "--show-prefix");
    return new GitHistory(lastChanged, fallback, prefix == null ? null : prefix.strip());
  }

  /** When the file (relative to the folder given to {@link #of}) last changed. */
  Instant lastChanged(String relative) {
    return lastChanged.getOrDefault(relative, fallback);
  }

  /** The date of a handbook with no pages. */
  Instant fallback() {
    return fallback;
  }

  /** The folder's path inside its repository, such as {@code src/content/}, or null without git. */
  @Nullable String prefix() {
    return prefix;
  }

  /** What git prints, or null when git is missing, fails or the folder is not in a repository. */
  private static @Nullable String git(Path folder, String... arguments) {
    List<String> command = new java.util.ArrayList<>(List.of("git", "-C", folder.toString()));
    command.addAll(List.of(arguments));
    try {
      Process process =
          new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      byte[] out = process.getInputStream().readAllBytes();
      if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroyForcibly();
        return null;
      }
      return new String(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
