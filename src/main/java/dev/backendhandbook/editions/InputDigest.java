package dev.backendhandbook.editions;

import dev.backendhandbook.bake.Digest;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A digest of everything an edition is made from, under which the editions' cache keeps it: the
 * tool (its own classes or jar, and the names of the jars beside the converters, which carry their
 * versions), and every file, by path and bytes, of the folders given.
 */
final class InputDigest {
  private final Digest digest = new Digest();

  /** Starts a digest for {@code what} (the name of the edition), made by this build of the tool. */
  InputDigest(String what) throws IOException {
    digest.add(what);
    digest.add(locationDigest(InputDigest.class));
    for (Class<?> library : List.of(org.asciidoctor.Asciidoctor.class)) {
      Path jar = location(library);
      Path folder = jar == null ? null : jar.getParent();
      if (folder != null && Files.isDirectory(folder)) {
        try (Stream<Path> jars = Files.list(folder)) {
          jars.map(p -> p.getFileName().toString()).sorted().forEach(digest::add);
        }
      }
    }
  }

  /** Adds a value that changes the edition, such as the reading order. */
  InputDigest add(String value) {
    digest.add(value);
    return this;
  }

  /**
   * Adds every regular file under {@code folder} (if it exists), except those under {@code skip}.
   */
  InputDigest addFolder(Path folder, Path... skip) throws IOException {
    if (!Files.isDirectory(folder)) {
      return this;
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(file -> Stream.of(skip).noneMatch(file::startsWith))
              .sorted()
              .toList();
    }
    for (Path file : files) {
      digest.add(folder.relativize(file).toString().replace('\\', '/'));
      digest.add(Files.readAllBytes(file));
    }
    return this;
  }

  String hex() {
    return digest.hex();
  }

  private static String locationDigest(Class<?> type) throws IOException {
    Path location = location(type);
    if (location == null) {
      return "unknown";
    }
    if (Files.isRegularFile(location)) {
      return Digest.of(Files.readAllBytes(location));
    }
    InputDigest classes = new InputDigest();
    return classes.addFolder(location).hex();
  }

  /** A bare digest, for the tool's own classes. */
  private InputDigest() {}

  private static @Nullable Path location(Class<?> type) {
    try {
      var source = type.getProtectionDomain().getCodeSource();
      return source == null ? null : Path.of(source.getLocation().toURI());
    } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
      return null;
    }
  }
}
