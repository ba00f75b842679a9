package dev.backendhandbook.check.external;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Remembers which external URLs worked and when, so a scheduled job does not ask the same hosts
 * again within the cache's lifetime. Only working links are remembered: a broken one is asked again
 * every run, so a fixed site clears at once.
 *
 * <p>The file holds one line per URL: {@code <epoch seconds> <status> <url>}.
 */
public final class LinkCache {
  private static final Pattern SPACE = Pattern.compile(" ");

  private final @Nullable Path file;
  private final Duration lifetime;
  private final Map<String, LinkStatus> entries = new ConcurrentHashMap<>();

  private LinkCache(@Nullable Path file, Duration lifetime) {
    this.file = file;
    this.lifetime = lifetime;
  }

  /** Reads the cache file, if there is one; a line it cannot read is dropped. */
  public static LinkCache open(@Nullable Path file, Duration lifetime) throws IOException {
    LinkCache cache = new LinkCache(file, lifetime);
    if (file != null && Files.exists(file)) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String[] parts = SPACE.split(line, 3);
        if (parts.length == 3 && parts[0].matches("\\d+") && parts[1].matches("\\d+")) {
          cache.entries.put(
              parts[2],
              new LinkStatus(parts[2], Integer.parseInt(parts[1]), null, Long.parseLong(parts[0])));
        }
      }
    }
    return cache;
  }

  /** A working result checked within the lifetime, or null. */
  @Nullable LinkStatus fresh(String url, long now) {
    LinkStatus status = entries.get(url);
    return status != null && now - status.checkedAt() < lifetime.toSeconds() ? status : null;
  }

  void remember(LinkStatus status) {
    if (status.isBroken()) {
      entries.remove(status.url());
    } else {
      entries.put(status.url(), status);
    }
  }

  /** Writes the cache back, sorted by URL so the file diffs cleanly. */
  public void save() throws IOException {
    if (file == null) {
      return;
    }
    StringBuilder text = new StringBuilder();
    for (LinkStatus status : new TreeMap<>(entries).values()) {
      text.append(status.checkedAt())
          .append(' ')
          .append(status.status())
          .append(' ')
          .append(status.url())
          .append('\n');
    }
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
