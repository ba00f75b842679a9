package dev.backendhandbook.bake;

import dev.backendhandbook.diagnostic.DisplayPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The folders of a handbook source tree: {@code content}, {@code templates}, {@code assets} and
 * {@code examples} under one root, the root being the only place an {@code include::} may read.
 */
public record SourceLayout(Path root, Path workingDirectory) {
  /** The file extensions of AsciiDoc pages, as JBake and Asciidoctor know them. */
  public static final List<String> ASCIIDOC = List.of("adoc", "asciidoc", "ad");

  /** Whether a path names an AsciiDoc file by its extension. */
  public static boolean isAsciiDoc(String path) {
    int dot = path.lastIndexOf('.');
    return dot >= 0 && ASCIIDOC.contains(path.substring(dot + 1));
  }

  public SourceLayout {
    root = root.toAbsolutePath().normalize();
    workingDirectory = workingDirectory.toAbsolutePath().normalize();
  }

  public static SourceLayout of(Path root) {
    return new SourceLayout(root, Path.of(""));
  }

  public Path content() {
    return root.resolve("content");
  }

  public Path templates() {
    return root.resolve("templates");
  }

  public Path assets() {
    return root.resolve("assets");
  }

  public Path examples() {
    return root.resolve("examples");
  }

  /** The path relative to the source root, with '/' separators, as caches and models name it. */
  public String relative(Path path) {
    return root.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }

  /**
   * True when a real path (links already followed) lies inside the real source root, so that a
   * symbolic link inside the tree cannot lead out of it.
   */
  public boolean containsReal(Path real) {
    try {
      return real.startsWith(root.toRealPath());
    } catch (java.io.IOException e) {
      return false;
    }
  }

  /** True when the path, once normalized, lies inside the source root. */
  public boolean contains(Path path) {
    return path.toAbsolutePath().normalize().startsWith(root);
  }

  /** Why this folder cannot be baked, or null when it can. */
  @Nullable String problem() {
    if (!Files.isDirectory(root)) {
      return "source folder '" + root + "' does not exist";
    }
    if (!Files.isDirectory(content())) {
      return "source folder '" + root + "' has no 'content' folder";
    }
    if (!Files.isDirectory(templates())) {
      return "source folder '" + root + "' has no 'templates' folder";
    }
    return null;
  }

  /** A path as a contributor would type it: relative to the working directory when inside it. */
  public String display(@Nullable Path file) {
    return file == null ? "<unknown>" : DisplayPath.of(file, workingDirectory);
  }
}
