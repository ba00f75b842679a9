package dev.backendhandbook.bake;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Converted pages kept on disk between bakes, so that a rebuild converts only what changed.
 *
 * <p>An entry is a JSON file named by the key of its page: a digest of the tool, the conversion
 * settings, the page's path and its bytes. It lists every other file the conversion read with the
 * digest it had; the entry is used only while each still has that digest, so a changed include
 * converts again exactly the pages that include it. Generated files (diagrams) are kept once each
 * in a blob store named by their digest. An entry that cannot be read, or that names another key or
 * format, is ignored with a warning and never trusted; the page is then converted again.
 */
final class ConversionCache {
  /** Changes whenever the entry's layout does. */
  static final int FORMAT = 1;

  /** What an entry file holds. */
  record Entry(int format, String key, String page, Conversion conversion) {}

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final @Nullable Path folder;
  private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());

  /**
   * @param folder where entries live, or null for no cache at all
   */
  ConversionCache(@Nullable Path folder) {
    this.folder = folder == null ? null : folder.toAbsolutePath().normalize();
  }

  /** Where conversions may write generated files before they are stored, or null. */
  @Nullable Path folder() {
    return folder;
  }

  /** Warnings about entries that were ignored, for the bake to print. */
  List<String> warnings() {
    synchronized (warnings) {
      return List.copyOf(warnings);
    }
  }

  /**
   * The conversion stored under {@code key}, if every file it read still has the same digest.
   *
   * @param sourceRoot the folder the entry's dependencies are relative to
   */
  @Nullable Conversion lookup(String key, String page, Path sourceRoot) {
    if (folder == null) {
      return null;
    }
    Path file = entryFile(key);
    Entry entry;
    try {
      entry = JSON.readValue(Files.readAllBytes(file), Entry.class);
    } catch (NoSuchFileException absent) {
      return null;
    } catch (JacksonException | RuntimeException corrupt) {
      warnings.add("ignored a corrupt conversion cache entry " + file + ": " + firstLine(corrupt));
      return null;
    } catch (IOException unreadable) {
      warnings.add("ignored an unreadable conversion cache entry " + file + ": " + unreadable);
      return null;
    }
    if (entry.format() != FORMAT || !entry.key().equals(key) || !entry.page().equals(page)) {
      warnings.add(
          "ignored a conversion cache entry " + file + " that belongs to another page or format");
      return null;
    }
    for (Conversion.Dependency dependency : entry.conversion().dependencies()) {
      if (!dependency.digest().equals(digestOf(sourceRoot.resolve(dependency.file())))) {
        return null;
      }
    }
    for (Conversion.GeneratedFile generated : entry.conversion().files()) {
      if (!Files.isRegularFile(blob(generated.digest()))) {
        return null;
      }
    }
    return entry.conversion();
  }

  /** Stores a conversion; a cache that cannot be written only costs the next bake time. */
  void store(String key, String page, Conversion conversion) {
    if (folder == null) {
      return;
    }
    Path file = entryFile(key);
    try {
      writeAtomically(file, JSON.writeValueAsBytes(new Entry(FORMAT, key, page, conversion)));
    } catch (IOException e) {
      warnings.add("could not write the conversion cache entry " + file + ": " + e);
    }
  }

  /** Stores a generated file's bytes under their digest, and returns the digest. */
  String storeBlob(byte[] bytes) throws IOException {
    String digest = Digest.of(bytes);
    if (folder != null && !Files.isRegularFile(blob(digest))) {
      writeAtomically(blob(digest), bytes);
    }
    return digest;
  }

  /** The stored bytes of a generated file. */
  Path blob(String digest) {
    if (folder == null) {
      throw new IllegalStateException("no cache folder");
    }
    return folder.resolve("blobs").resolve(digest.substring(0, 2)).resolve(digest);
  }

  /** The digest of a file's bytes, or empty when it does not exist. */
  static String digestOf(Path file) {
    try {
      return Digest.of(Files.readAllBytes(file));
    } catch (IOException absent) {
      return "";
    }
  }

  private Path entryFile(String key) {
    if (folder == null) {
      throw new IllegalStateException("no cache folder");
    }
    return folder.resolve("pages").resolve(key.substring(0, 2)).resolve(key + ".json");
  }

  private static void writeAtomically(Path file, byte[] bytes) throws IOException {
    Path parent = file.getParent();
    if (parent == null) {
      throw new IOException("no folder for " + file);
    }
    Files.createDirectories(parent);
    Path temporary = Files.createTempFile(parent, ".entry-", ".tmp");
    try {
      Files.write(temporary, bytes);
      try {
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static String firstLine(Exception e) {
    String message = String.valueOf(e.getMessage());
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
