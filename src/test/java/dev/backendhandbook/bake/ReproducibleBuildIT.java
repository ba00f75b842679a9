package dev.backendhandbook.bake;

import static dev.backendhandbook.testing.Trees.copy;
import static dev.backendhandbook.testing.Trees.goodSource;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two builds of one commit give the same site, byte for byte (reproducible-builds.org): the same
 * source, checked out at two paths with different file times, baked by two bakers at two moments
 * into two output folders with no cache. Page dates, the feed's and the sitemap's included, come
 * from git, never from the clock or a file's time.
 */
class ReproducibleBuildIT {
  private static final String COMMITTED = "2025-03-04T05:06:07Z";

  @TempDir Path work;

  @Test
  void twoBuildsOfOneCommitAreIdentical() throws IOException, InterruptedException {
    Path first = work.resolve("checkout-1");
    assemble(first);
    git(first, "init", "-q");
    git(first, "add", "-A");
    git(
        first,
        "-c",
        "user.name=Writer",
        "-c",
        "user.email=writer@example.org",
        "commit",
        "-qm",
        "x");
    Path second = work.resolve("checkout-2");
    copy(first, second);
    touchEverything(second, Instant.parse("2001-02-03T04:05:06Z"));

    Path one = bake(first, "site-1");
    Thread.sleep(1_100); // a date taken from the clock would now differ, even in whole seconds
    Path two = bake(second, "site-2");

    List<String> files = relativeFiles(one);
    assertEquals(files, relativeFiles(two));
    for (String file : files) {
      assertArrayEquals(
          Files.readAllBytes(one.resolve(file)), Files.readAllBytes(two.resolve(file)), file);
    }
    assertTrue(files.containsAll(List.of("feed.xml", "sitemap.xml", "js/search-index.js")));
    String feed = Files.readString(one.resolve("feed.xml"));
    assertTrue(feed.contains("<updated>" + COMMITTED + "</updated>"), feed);
    assertTrue(
        Files.readString(one.resolve("sitemap.xml")).contains("<lastmod>2025-03-04</lastmod>"));
  }

  /** Bakes a checkout with a baker of its own and no cache, and publishes it. */
  private Path bake(Path source, String name) throws IOException {
    Path site = work.resolve(name);
    try (Baker baker = new Baker()) {
      BakeResult result =
          baker.bake(
              new SourceLayout(source, source),
              work.resolve(name + "-staging"),
              new Baker.Options(Map.of(), null, false, null));
      assertEquals(List.of(), result.diagnostics().stream().map(Object::toString).toList());
      result.publish(site);
    }
    return site;
  }

  private static void git(Path folder, String... arguments)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git", "-C", folder.toString()));
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("GIT_AUTHOR_DATE", COMMITTED);
    builder.environment().put("GIT_COMMITTER_DATE", COMMITTED);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), String.join(" ", command) + ": " + output);
  }

  private static void touchEverything(Path folder, Instant time) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.toList()) {
        Files.setLastModifiedTime(file, FileTime.from(time));
      }
    }
  }

  /** The good fixture with the real templates and assets. */
  private static void assemble(Path source) throws IOException {
    goodSource(source);
  }

  private static List<String> relativeFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files
          .filter(Files::isRegularFile)
          .map(f -> folder.relativize(f).toString())
          .sorted()
          .toList();
    }
  }
}
