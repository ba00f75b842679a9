package dev.backendhandbook.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The jar's entry point: starts the tool ({@link Main}) in a JVM set up for a short, busy run.
 *
 * <p>Measured on the handbook, two JVM settings matter: compiling with C1 only (the bake is over
 * before C2 pays back), and an archive of the classes a bake loads ({@link ClassArchive}), which
 * saves about 40% of a bake that converts nothing. The heap is capped at {@link #HEAP}: left to
 * itself the JVM may grow the heap to a quarter of the machine's memory (6 GB on a 24 GB machine)
 * before it collects hard, and a large bake grows into it. {@code HANDBOOK_JAVA_OPTIONS} adds
 * options of one's own (they come last, so they win). This class loads nothing but the JDK, so
 * starting it costs a few milliseconds.
 */
public final class Launcher {
  /**
   * The tool's heap. A bake and check of 5,028 pages runs in it in under 2 GB in all (measured:
   * 1,744 MB at its peak in 176 s, against 2,145 MB in 174 s uncapped); a larger site is given more
   * with {@code HANDBOOK_JAVA_OPTIONS=-Xmx4g}, which the tool's out-of-memory error names.
   */
  static final String HEAP = "-Xmx1300m";

  private Launcher() {}

  public static void main(String[] args) throws InterruptedException {
    Path jar = ownJar();
    if (jar == null || System.getProperty("handbook.launched") != null) {
      Main.main(args);
      return;
    }
    ClassArchive archive = ClassArchive.of(jar, Runtime.version().feature());
    boolean fresh = archive.isFresh();
    boolean recording = !fresh && args.length > 0 && args[0].equals("bake");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> jvmOptions = options(archive);
    List<String> command = new ArrayList<>();
    command.add(java);
    if (recording) {
      command.addAll(archive.record());
    } else if (fresh) {
      command.add(archive.use());
    }
    command.addAll(jvmOptions);
    command.add("-Dhandbook.launched=true");
    command.add("-cp");
    command.add(jar.toString());
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    Process tool;
    try {
      tool = new ProcessBuilder(command).inheritIO().start();
    } catch (IOException cannotStart) {
      Main.main(args);
      return;
    }
    // Ctrl-C reaches both JVMs, but a kill or an IDE's stop button reaches only this one: either
    // way the tool is asked to stop too (never left running, holding serve's port), and this one
    // waits for the tool to finish its own shutdown.
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  tool.destroy();
                  try {
                    tool.waitFor(5, TimeUnit.SECONDS);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                }));
    int exit = tool.waitFor();
    // A bake that ran its course (with or without findings) loaded what later bakes will.
    if (recording && (exit == 0 || exit == 1)) {
      archive.finishRecording(java, jvmOptions);
    }
    System.exit(exit);
  }

  /** The JVM options of the tool's JVM, but for those that map or record its class archive. */
  static List<String> options(ClassArchive archive) {
    List<String> options = new ArrayList<>();
    options.add("-XX:TieredStopAtLevel=1");
    options.add(HEAP);
    options.addAll(archive.quiet());
    if (Runtime.version().feature() >= 24) {
      // JRuby and jffi still use sun.misc.Unsafe and native access; the JDK would warn on each run.
      options.add("--sun-misc-unsafe-memory-access=allow");
      options.add("--enable-native-access=ALL-UNNAMED");
    }
    String own = System.getenv("HANDBOOK_JAVA_OPTIONS");
    if (own != null && !own.isBlank()) {
      options.addAll(List.of(own.strip().split("\\s+", -1)));
    }
    return options;
  }

  /** The jar this class was loaded from, or null when it runs from a folder of classes. */
  private static @Nullable Path ownJar() {
    try {
      var source = Launcher.class.getProtectionDomain().getCodeSource();
      if (source == null) {
        return null;
      }
      Path location = Path.of(source.getLocation().toURI());
      return location.toString().endsWith(".jar") && Files.isRegularFile(location)
          ? location.toAbsolutePath()
          : null;
    } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
      return null;
    }
  }
}
