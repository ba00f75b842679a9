package dev.backendhandbook.site;

import dev.backendhandbook.testing.Chromium;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium for the site's tests: headless, with the flags that keep it off the network, a
 * console log the tests can read, and optionally JavaScript switched off, as some readers have it.
 */
final class SiteBrowser implements AutoCloseable {
  private final ChromeDriver driver;
  private final Path profile;

  private SiteBrowser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  static SiteBrowser start(int width, int height, boolean javascript) throws IOException {
    Path profile = Files.createTempDirectory("handbook-chromium");
    ChromeOptions options = Chromium.options(width, height, profile);
    if (!javascript) {
      options.setExperimentalOption(
          "prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
    }
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    return new SiteBrowser(new ChromeDriver(Chromium.service(), options), profile);
  }

  ChromeDriver driver() {
    return driver;
  }

  /** The console's errors since the last call, such as a resource that failed to load. */
  List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    dev.backendhandbook.bake.SiteOutput.delete(profile);
  }
}
