package dev.backendhandbook.testing;

import dev.backendhandbook.bake.SiteOutput;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.openqa.selenium.bidi.BiDi;
import org.openqa.selenium.bidi.Command;
import org.openqa.selenium.bidi.Connection;
import org.openqa.selenium.bidi.Event;
import org.openqa.selenium.remote.http.ClientConfig;
import org.openqa.selenium.remote.http.HttpClient;

/**
 * Debian's Firefox ESR, headless, driven over WebDriver BiDi, the protocol Firefox speaks itself:
 * Debian packages no geckodriver, and Selenium's own BiDi connection needs none. Each instance has
 * a fresh profile that keeps Firefox off the network and prefers a light or a dark theme, as a
 * reader's system may.
 */
public final class Firefox implements AutoCloseable {
  private static final Pattern LISTENING =
      Pattern.compile("WebDriver BiDi listening on (ws://\\S+)");
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  /** Keeps Firefox from calling home and from asking anything at start. */
  private static final List<String> PREFERENCES =
      List.of(
          "user_pref(\"browser.shell.checkDefaultBrowser\", false);",
          "user_pref(\"app.update.enabled\", false);",
          "user_pref(\"network.captive-portal-service.enabled\", false);",
          "user_pref(\"network.connectivity-service.enabled\", false);",
          "user_pref(\"browser.safebrowsing.malware.enabled\", false);",
          "user_pref(\"browser.safebrowsing.phishing.enabled\", false);",
          "user_pref(\"datareporting.policy.dataSubmissionEnabled\", false);",
          "user_pref(\"toolkit.telemetry.enabled\", false);");

  private final Process process;
  private final Path profile;
  private final BiDi bidi;
  private final String context;
  private final List<String> errors = new CopyOnWriteArrayList<>();

  private Firefox(Process process, Path profile, BiDi bidi, String context) {
    this.process = process;
    this.profile = profile;
    this.bidi = bidi;
    this.context = context;
  }

  /** Starts Firefox with a window of this size, preferring a dark theme or a light one. */
  public static Firefox start(int width, int height, boolean dark) throws IOException {
    Path profile = Files.createTempDirectory("handbook-firefox");
    List<String> preferences = new ArrayList<>(PREFERENCES);
    // Pages see the theme through prefers-color-scheme: 0 asks for dark, 1 for light.
    preferences.add(
        "user_pref(\"layout.css.prefers-color-scheme.content-override\", " + (dark ? 0 : 1) + ");");
    Files.write(profile.resolve("user.js"), preferences, StandardCharsets.UTF_8);
    Process process =
        new ProcessBuilder(
                "/usr/bin/firefox-esr",
                "--headless",
                "--no-remote",
                "--profile",
                profile.toString(),
                "--window-size=" + width + "," + height,
                "--remote-debugging-port=0",
                "about:blank")
            .redirectErrorStream(true)
            .start();
    try {
      URI socket = URI.create(listeningAddress(process) + "/session");
      HttpClient client =
          HttpClient.Factory.createDefault()
              .createClient(ClientConfig.defaultConfig().baseUri(socket));
      BiDi bidi = new BiDi(new Connection(client, socket.toString()), TIMEOUT);
      bidi.send(new Command<>("session.new", Map.of("capabilities", Map.of()), Map.class));
      Map<?, ?> tree = bidi.send(new Command<>("browsingContext.getTree", Map.of(), Map.class));
      Map<?, ?> first = (Map<?, ?>) ((List<?>) tree.get("contexts")).get(0);
      Firefox firefox = new Firefox(process, profile, bidi, (String) first.get("context"));
      bidi.addListener(
          new Event<Map<String, Object>>("log.entryAdded", entry -> entry),
          entry -> {
            if ("error".equals(entry.get("level"))) {
              firefox.errors.add(String.valueOf(entry.get("text")));
            }
          });
      return firefox;
    } catch (IOException | RuntimeException e) {
      process.destroyForcibly();
      throw e;
    }
  }

  /** Reads Firefox's output until it names its BiDi socket; the rest is drained meanwhile. */
  private static String listeningAddress(Process process) throws IOException {
    CompletableFuture<String> address = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              StringBuilder seen = new StringBuilder();
              try (BufferedReader lines =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                  Matcher listening = LISTENING.matcher(line);
                  if (listening.find()) {
                    address.complete(listening.group(1));
                  } else if (!address.isDone()) {
                    seen.append(line).append('\n');
                  }
                }
              } catch (IOException e) {
                address.completeExceptionally(e);
              }
              address.completeExceptionally(
                  new IOException("Firefox ended without a BiDi socket:\n" + seen));
            },
            "firefox-output");
    reader.setDaemon(true);
    reader.start();
    try {
      return address.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while Firefox started", e);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IOException("Firefox did not open its BiDi socket", e);
    }
  }

  /** Opens a page and waits until it has loaded. */
  public void open(String url) {
    bidi.send(
        new Command<>(
            "browsingContext.navigate",
            Map.of("context", context, "url", url, "wait", "complete"),
            Map.class));
  }

  /** Reloads the page and waits until it has loaded. */
  public void reload() {
    bidi.send(
        new Command<>(
            "browsingContext.reload", Map.of("context", context, "wait", "complete"), Map.class));
  }

  /**
   * The value of a JavaScript expression in the page (a string, number, boolean or null); a thrown
   * exception fails with its message.
   */
  public @Nullable Object evaluate(String expression) {
    Map<?, ?> answer =
        bidi.send(
            new Command<>(
                "script.evaluate",
                Map.of(
                    "expression",
                    expression,
                    "target",
                    Map.of("context", context),
                    "awaitPromise",
                    true),
                Map.class));
    if (!"success".equals(answer.get("type"))) {
      throw new IllegalStateException(
          "the page threw on " + expression + ": " + answer.get("exceptionDetails"));
    }
    Map<?, ?> result = (Map<?, ?>) answer.get("result");
    return result.get("value");
  }

  /** Waits until the expression is true in the page, or fails saying what it waited for. */
  public void waitUntil(String expression) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!Boolean.TRUE.equals(evaluate(expression))) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("still not true in Firefox: " + expression);
      }
      Thread.sleep(50);
    }
  }

  /**
   * Types keys as a reader does, to whatever has the focus: characters as they are, and the
   * WebDriver codes for special keys ({@code "\uE015"} is ArrowDown, {@code "\uE007"} Enter).
   */
  public void type(String keys) {
    List<Map<String, Object>> actions = new ArrayList<>();
    keys.codePoints()
        .mapToObj(Character::toString)
        .forEach(
            key -> {
              actions.add(Map.of("type", "keyDown", "value", key));
              actions.add(Map.of("type", "keyUp", "value", key));
            });
    bidi.send(
        new Command<>(
            "input.performActions",
            Map.of(
                "context",
                context,
                "actions",
                List.of(Map.of("type", "key", "id", "keyboard", "actions", actions))),
            Map.class));
  }

  /** Saves a picture of the window as PNG. */
  public void screenshot(Path png) throws IOException {
    Map<?, ?> answer =
        bidi.send(
            new Command<>(
                "browsingContext.captureScreenshot", Map.of("context", context), Map.class));
    Files.write(png, Base64.getDecoder().decode((String) answer.get("data")));
  }

  /** The errors the pages logged to the console since the last call. */
  public List<String> consoleErrors() {
    List<String> copy = List.copyOf(errors);
    errors.clear();
    return copy;
  }

  @Override
  public void close() throws IOException {
    try {
      bidi.send(new Command<>("session.end", Map.of(), Map.class));
    } catch (RuntimeException alreadyGone) {
      // closing anyway
    } finally {
      bidi.close();
      process.destroy();
      try {
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      SiteOutput.delete(profile);
    }
  }
}
