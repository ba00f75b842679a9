package dev.backendhandbook.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes.Name;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The archive beside the jar from which the tool's JVM maps the classes a bake loads (JRuby, JBake,
 * OrientDB, Freemarker) instead of loading them one by one.
 *
 * <p>On JDK 25 and later it is an AOT cache (JEP 483 and 515: classes loaded and linked ahead, with
 * method profiles), which took a cold bake of the handbook from 9.6 s to 8.4 s on average against
 * the dynamic class-data archive that earlier JDKs get ({@code -XX:ArchiveClassesAtExit}). Either
 * is written by the first bake after the jar changes; only a bake records it, since a check or a
 * {@code --help} loads too few of the classes to be worth mapping. It is a cache: one that cannot
 * be used is left unused and written again, and nothing about it is ever printed.
 */
final class ClassArchive {
  private final Path file;
  private final Path jar;
  private final boolean aot;

  private ClassArchive(Path file, Path jar, boolean aot) {
    this.file = file;
    this.jar = jar;
    this.aot = aot;
  }

  /** The archive of {@code jar} for the JDK of this {@code feature} version, one per JDK. */
  static ClassArchive of(Path jar, int feature) {
    boolean aot = feature >= 25;
    String name =
        jar.getFileName().toString().replaceFirst("\\.jar$", "")
            + "-jdk"
            + feature
            + (aot ? ".aot" : ".jsa");
    return new ClassArchive(jar.resolveSibling(name), jar, aot);
  }

  Path file() {
    return file;
  }

  /**
   * True when the archive was written after the jar and every jar its manifest's {@code Class-Path}
   * names were last changed: the JVM refuses, silently here, an archive older than a jar it maps
   * classes from, and the tool would then run without one until the next build.
   */
  boolean isFresh() {
    try {
      if (!Files.isRegularFile(file)) {
        return false;
      }
      FileTime written = Files.getLastModifiedTime(file);
      for (Path used : jars()) {
        if (Files.exists(used) && Files.getLastModifiedTime(used).compareTo(written) >= 0) {
          return false;
        }
      }
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** The jar and the jars its manifest puts on the class path. */
  private List<Path> jars() throws IOException {
    List<Path> jars = new ArrayList<>();
    jars.add(jar);
    try (JarFile opened = new JarFile(jar.toFile())) {
      Manifest manifest = opened.getManifest();
      String classPath =
          manifest == null ? null : manifest.getMainAttributes().getValue(Name.CLASS_PATH);
      if (classPath != null) {
        for (String entry : classPath.strip().split("\\s+", -1)) {
          if (!entry.isEmpty()) {
            jars.add(jar.resolveSibling(entry));
          }
        }
      }
    }
    return jars;
  }

  /** The JVM options that keep the JVM quiet about the archive, whatever becomes of it. */
  List<String> quiet() {
    return aot ? List.of("-Xlog:cds*=off", "-Xlog:aot*=off") : List.of("-Xlog:cds*=off");
  }

  /** The JVM option of a run that maps the archive. */
  String use() {
    return (aot ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + file;
  }

  /** The JVM options of a run that records what the archive should hold. */
  List<String> record() {
    if (!aot) {
      return List.of("-XX:ArchiveClassesAtExit=" + file);
    }
    // A recording JVM prints where it wrote its configuration on standard output, past -Xlog's
    // reach; that line would land among the tool's own.
    return List.of(
        "-XX:+UnlockDiagnosticVMOptions",
        "-XX:-DisplayVMOutput",
        "-XX:AOTMode=record",
        "-XX:AOTConfiguration=" + configuration());
  }

  /**
   * After a run with {@link #record()}: makes the AOT cache from what the run recorded, with the
   * same JVM options, into a file of its own that is moved in whole, so a tool starting meanwhile
   * never maps half an archive. A dynamic archive was written by the run itself.
   */
  void finishRecording(String java, List<String> jvmOptions) throws InterruptedException {
    if (!aot) {
      return;
    }
    Path configuration = configuration();
    Path partial = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid());
    try {
      if (!Files.isRegularFile(configuration)) {
        return;
      }
      List<String> command = new ArrayList<>();
      command.add(java);
      command.addAll(jvmOptions);
      command.add("-XX:AOTMode=create");
      command.add("-XX:AOTConfiguration=" + configuration);
      command.add("-XX:AOTCache=" + partial);
      command.add("-cp");
      command.add(jar.toString());
      Process create =
          new ProcessBuilder(command)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (create.waitFor() == 0 && Files.isRegularFile(partial)) {
        Files.move(
            partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException cannotWrite) {
      // A cache: the next bake records it again.
    } finally {
      deleteQuietly(configuration);
      deleteQuietly(partial);
    }
  }

  /**
   * Where a recording run writes its configuration: one file per launcher, as bakes may overlap.
   */
  private Path configuration() {
    return file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".conf");
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // Left behind, it is written over by the next launcher with the same process id.
    }
  }
}
