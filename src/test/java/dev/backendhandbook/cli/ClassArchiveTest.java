package dev.backendhandbook.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassArchiveTest {
  private static final Instant BUILT = Instant.parse("2026-12-01T10:00:00Z");

  @TempDir Path work;
  private Path jar;
  private Path library;
  private ClassArchive archive;

  @BeforeEach
  void toolWithOneLibrary() throws IOException {
    jar = work.resolve("handbook.jar");
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, "lib/library-1.0.jar");
    // A jar with nothing but its manifest.
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
      out.finish();
    }
    library = Files.createDirectories(work.resolve("lib")).resolve("library-1.0.jar");
    Files.write(library, new byte[0]);
    archive = ClassArchive.of(jar, 25);
    Files.write(archive.file(), new byte[0]);
    touch(jar, BUILT);
    touch(library, BUILT);
  }

  @Test
  void anArchiveWrittenAfterTheJarAndItsLibrariesIsFresh() throws IOException {
    touch(archive.file(), BUILT.plusSeconds(60));
    assertTrue(archive.isFresh());
  }

  @Test
  void aLibraryChangedAfterTheArchiveWasWrittenMakesItStale() throws IOException {
    touch(archive.file(), BUILT.plusSeconds(60));
    touch(library, BUILT.plusSeconds(120));
    assertFalse(archive.isFresh());
  }

  @Test
  void aJarBuiltAfterTheArchiveMakesItStale() throws IOException {
    touch(archive.file(), BUILT.plusSeconds(60));
    touch(jar, BUILT.plusSeconds(120));
    assertFalse(archive.isFresh());
  }

  @Test
  void noArchiveIsNotFresh() throws IOException {
    Files.delete(archive.file());
    assertFalse(archive.isFresh());
  }

  private static void touch(Path file, Instant time) throws IOException {
    Files.setLastModifiedTime(file, FileTime.from(time));
  }
}
