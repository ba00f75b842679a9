package dev.backendhandbook.cli;

import static dev.backendhandbook.testing.Trees.goodSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backendhandbook.testing.HandbookJar;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar handbook.jar serve} as a terminal or an IDE runs it: the jar's launcher starts
 * the tool in a JVM of its own, and however the launcher is stopped, the tool stops with it and
 * gives back its port.
 */
class LauncherIT {
  private static final Duration LIMIT = Duration.ofSeconds(30);

  @TempDir Path work;

  @Test
  void stoppingTheLauncherStopsTheTool() throws Exception {
    Served served = serve();
    // What a plain kill, or an IDE's stop button, does: it reaches the launcher alone.
    served.launcher().destroy();
    assertStopped(served);
  }

  @Test
  void ctrlCStopsTheLauncherAndTheTool() throws Exception {
    Served served = serve();
    // Ctrl-C in a terminal interrupts every process of the foreground job.
    for (ProcessHandle process : served.processes()) {
      Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start();
      assertEquals(0, kill.waitFor(), "kill -INT " + process.pid());
    }
    assertStopped(served);
  }

  @Test
  void aSiteLargerThanTheHeapStopsWithOneLineThatSaysHowToGiveItMore() throws Exception {
    Path site = Files.createDirectories(work.resolve("site"));
    // About 400,000 elements: far more tree than a heap of 24 MB holds.
    Files.writeString(
        site.resolve("index.html"),
        "<!doctype html><title>Large</title>" + "<p><b>x</b></p>".repeat(200_000));
    ProcessBuilder check =
        new ProcessBuilder(HandbookJar.command("check", site.toString())).redirectErrorStream(true);
    check.environment().put("HANDBOOK_JAVA_OPTIONS", "-Xmx24m");
    Process process = check.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(2, TimeUnit.MINUTES), "check did not end:\n" + output);
    assertEquals(1, process.exitValue(), output);
    assertEquals(
        List.of(
            "handbook: error: the site needs more memory than the 24 MB the tool's heap may use;"
                + " give it more with HANDBOOK_JAVA_OPTIONS=-Xmx4g (or -Xmx for the java command"
                + " that runs it)"),
        output.lines().toList());
  }

  @Test
  void theFirstBakeAfterABuildWritesTheClassArchiveAndPrintsNothingOfIt() throws Exception {
    Path tool = Files.createDirectories(work.resolve("tool"));
    Path jar = Files.copy(HandbookJar.jar(), tool.resolve("handbook.jar"));
    Files.createSymbolicLink(tool.resolve("lib"), HandbookJar.jar().resolveSibling("lib"));
    ClassArchive archive = ClassArchive.of(jar, Runtime.version().feature());
    Path source = work.resolve("source");
    goodSource(source);

    run(jar, "--help");
    assertFalse(Files.exists(archive.file()), "a --help loads too little to record");
    String recording =
        run(jar, "bake", "--cache=" + work.resolve("first"), source.toString(), "site");
    assertTrue(archive.isFresh(), "no archive after the first bake: " + list(tool));
    String mapping =
        run(jar, "bake", "--cache=" + work.resolve("second"), source.toString(), "site");

    assertEquals(mapping, recording);
    assertEquals(
        List.of(archive.file().getFileName().toString(), "handbook.jar", "lib"), list(tool));
  }

  /** What {@code java -jar jar arguments} prints in {@link #work}, after it exits with 0. */
  private String run(Path jar, String... arguments) throws Exception {
    List<String> command =
        new java.util.ArrayList<>(List.of(HandbookJar.java(), "-jar", jar.toString()));
    command.addAll(List.of(arguments));
    Process process =
        new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(3, TimeUnit.MINUTES), "did not end:\n" + output);
    assertEquals(0, process.exitValue(), output);
    return output;
  }

  private static List<String> list(Path folder) throws IOException {
    try (var files = Files.list(folder)) {
      return files.map(file -> file.getFileName().toString()).sorted().toList();
    }
  }

  private record Served(Process launcher, List<ProcessHandle> processes, int port, Path log) {}

  private Served serve() throws Exception {
    Path source = work.resolve("source");
    goodSource(source);
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Path log = work.resolve("serve.log");
    Process launcher =
        new ProcessBuilder(
                HandbookJar.command(
                    "serve",
                    "--port=" + port,
                    "--output=" + work.resolve("preview"),
                    "--cache=" + work.resolve("cache"),
                    source.toString()))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (!Files.readString(log, StandardCharsets.UTF_8).contains("serving ")) {
      assertTrue(launcher.isAlive(), "serve ended before serving:\n" + Files.readString(log));
      assertTrue(System.nanoTime() < deadline, "serve did not start:\n" + Files.readString(log));
      Thread.sleep(50);
    }
    List<ProcessHandle> processes =
        java.util.stream.Stream.concat(
                java.util.stream.Stream.of(launcher.toHandle()), launcher.descendants())
            .toList();
    assertEquals(2, processes.size(), "the launcher and the tool: " + processes);
    return new Served(launcher, processes, port, log);
  }

  private static void assertStopped(Served served) throws Exception {
    for (ProcessHandle process : served.processes()) {
      try {
        process.onExit().get(LIMIT.toSeconds(), TimeUnit.SECONDS);
      } catch (java.util.concurrent.TimeoutException stillRunning) {
        process.destroyForcibly();
        throw new AssertionError(
            "process " + process.pid() + " still runs:\n" + Files.readString(served.log()));
      }
      assertFalse(process.isAlive());
    }
    // The port is free for the next serve.
    try (ServerSocket again =
        new ServerSocket(served.port(), 50, InetAddress.getLoopbackAddress())) {
      assertEquals(served.port(), again.getLocalPort());
    } catch (IOException taken) {
      throw new AssertionError("port " + served.port() + " is still taken", taken);
    }
  }
}
