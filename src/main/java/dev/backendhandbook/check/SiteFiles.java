package dev.backendhandbook.check;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The files and folders of a site, as a host serving it would see them: symbolic links are followed
 * (to files and to folders); a link that leads nowhere, or back to a folder above it, is a problem
 * at its path rather than an end to the walk.
 *
 * @param files every readable file, by its path inside the site with '/' separators
 * @param folders every folder, the same way; the root is ""
 */
record SiteFiles(Set<String> files, Set<String> folders) {

  /** Walks {@code root}, telling {@code problem} about each path it cannot use and why. */
  static SiteFiles walk(Path root, BiConsumer<String, String> problem) throws IOException {
    Set<String> files = new HashSet<>();
    Set<String> folders = new HashSet<>();
    Files.walkFileTree(
        root,
        EnumSet.of(FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
            folders.add(relative(root, dir));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            // Following a link only fails when its target is missing; the walk then reports the
            // link itself.
            if (attributes.isSymbolicLink()) {
              problem.accept(relative(root, file), "symbolic link leads nowhere: " + target(file));
            } else {
              files.add(relative(root, file));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            if (file.equals(root)) {
              throw e;
            }
            problem.accept(
                relative(root, file),
                e instanceof FileSystemLoopException
                    ? "symbolic link leads back to a folder that contains it: " + target(file)
                    : "cannot read: " + describe(e));
            return FileVisitResult.CONTINUE;
          }
        });
    return new SiteFiles(files, folders);
  }

  /** An I/O failure as a short reason: the JDK's messages for these are only the path. */
  static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message;
  }

  private static String target(Path link) {
    try {
      return "'" + Files.readSymbolicLink(link) + "'";
    } catch (IOException | UnsupportedOperationException e) {
      return "its target cannot be read";
    }
  }

  private static String relative(Path root, Path path) {
    return root.relativize(path).toString().replace('\\', '/');
  }
}
