package dev.backendhandbook.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Folder trees for tests: a source tree is made by copying the handbook's and a fixture's. */
public final class Trees {
  private Trees() {}

  /** Copies every folder and file under {@code from} into {@code to}, replacing what is there. */
  public static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      files.forEach(
          file -> {
            try {
              Path target = to.resolve(from.relativize(file).toString());
              if (Files.isDirectory(file)) {
                Files.createDirectories(target);
              } else {
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
              }
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }
  }

  /**
   * Copies into {@code source} a tree the bake accepts: the handbook's own templates, assets and
   * {@code jbake.properties}, with the pages of the good fixture; tests lay their own files over
   * it.
   */
  public static void goodSource(Path source) throws IOException {
    copy(Path.of("src/templates"), source.resolve("templates"));
    copy(Path.of("src/assets"), source.resolve("assets"));
    Files.copy(
        Path.of("src/jbake.properties"),
        source.resolve("jbake.properties"),
        StandardCopyOption.REPLACE_EXISTING);
    copy(Path.of("src/test/resources/bake/good"), source);
  }
}
