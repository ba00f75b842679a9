package dev.backendhandbook.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver: never a downloaded browser. The
 * flags keep it from reaching for hosts this machine cannot reach; each browser gets a fresh
 * profile, deleted when it quits.
 */
public final class Chromium implements AutoCloseable {
  private final ChromeDriver driver;
  private final Path profile;

  private Chromium(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** Starts a browser with a window of the given size. */
  public static Chromium start(int width, int height) throws IOException {
    Path profile = Files.createTempDirectory("handbook-chromium");
    return new Chromium(new ChromeDriver(service(), options(width, height, profile)), profile);
  }

  /** Debian's Chromium, headless, with a window of the given size and a profile of its own. */
  public static ChromeOptions options(int width, int height, Path profile) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=" + width + "," + height,
        "--user-data-dir=" + profile);
    return options;
  }

  /** Debian's chromedriver. */
  public static ChromeDriverService service() {
    return new ChromeDriverService.Builder()
        .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
        .build();
  }

  public ChromeDriver driver() {
    return driver;
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    dev.backendhandbook.bake.SiteOutput.delete(profile);
  }
}
