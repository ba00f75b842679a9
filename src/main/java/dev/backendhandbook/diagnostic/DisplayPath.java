package dev.backendhandbook.diagnostic;

import java.nio.file.Path;

/** How a path appears in a diagnostic: as a contributor would type it. */
public final class DisplayPath {
  private DisplayPath() {}

  /**
   * The path relative to {@code workingDirectory} when inside it (absolute otherwise), with '/'
   * separators; {@code .} for the working directory itself.
   */
  public static String of(Path path, Path workingDirectory) {
    Path absolute = path.toAbsolutePath().normalize();
    Path here = workingDirectory.toAbsolutePath().normalize();
    String shown =
        absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
    return shown.isEmpty() ? "." : shown.replace('\\', '/');
  }

  /** The path as {@link #of(Path, Path)} shows it from the process's working directory. */
  public static String of(Path path) {
    return of(path, Path.of(""));
  }
}
