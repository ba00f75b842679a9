package dev.backendhandbook.bake;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Replaces a published folder with a finished one in as few steps as the file system allows, so a
 * reader or a failed build never sees half a site.
 */
public final class SiteOutput {
  private SiteOutput() {}

  /** A new empty folder beside {@code target}, on the same file system so it can be renamed. */
  public static Path newStaging(Path target) throws IOException {
    Path parent = target.toAbsolutePath().normalize().getParent();
    Files.createDirectories(parent);
    return Files.createTempDirectory(parent, "." + target.getFileName() + "-");
  }

  /** Moves {@code finished} to {@code target}, removing what was there before. */
  public static void replace(Path finished, Path target) throws IOException {
    Path previous = null;
    if (Files.exists(target)) {
      previous = newStaging(target);
      Files.delete(previous);
      move(target, previous);
    }
    move(finished, target);
    if (previous != null) {
      delete(previous);
    }
  }

  /** Deletes a folder and everything in it; a missing folder is fine. */
  public static void delete(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    Files.walkFileTree(
        folder,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }
}
