package dev.backendhandbook.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The site opened from disk in Debian's Firefox ESR. Selenium cannot drive it here (geckodriver is
 * not packaged by Debian), so Firefox's own headless screenshot mode renders each page with a dark
 * system theme, and the test reads the picture: the page background is the handbook's dark one only
 * if the stylesheet loaded from disk, beside the page, and applied.
 */
class FirefoxIT {
  private static final Path SITE =
      Path.of(System.getProperty("handbook.site", "target/site")).toAbsolutePath();
  private static final Path SCREENSHOTS = Path.of("target/screenshots").toAbsolutePath();

  /** The dark theme's --color-bg in handbook.css. */
  private static final int DARK_BACKGROUND = 0x15181c;

  /** Keeps Firefox off the network and makes it prefer dark, as a reader's system may. */
  private static final List<String> PREFERENCES =
      List.of(
          "user_pref(\"layout.css.prefers-color-scheme.content-override\", 0);",
          "user_pref(\"ui.systemUsesDarkTheme\", 1);",
          "user_pref(\"browser.shell.checkDefaultBrowser\", false);",
          "user_pref(\"app.update.enabled\", false);",
          "user_pref(\"network.captive-portal-service.enabled\", false);",
          "user_pref(\"network.connectivity-service.enabled\", false);",
          "user_pref(\"browser.safebrowsing.malware.enabled\", false);",
          "user_pref(\"browser.safebrowsing.phishing.enabled\", false);",
          "user_pref(\"datareporting.policy.dataSubmissionEnabled\", false);",
          "user_pref(\"toolkit.telemetry.enabled\", false);");

  @ParameterizedTest
  @ValueSource(strings = {"index.html", "data/database-performance.html", "404.html"})
  void pageRendersWithItsStylesheetFromDisk(String page) throws Exception {
    Path profile = Files.createTempDirectory("handbook-firefox");
    try {
      Files.write(profile.resolve("user.js"), PREFERENCES, StandardCharsets.UTF_8);
      Files.createDirectories(SCREENSHOTS);
      Path png = SCREENSHOTS.resolve("firefox-" + page.replace('/', '-').replace(".html", ".png"));
      Files.deleteIfExists(png);
      Process firefox =
          new ProcessBuilder(
                  "/usr/bin/firefox-esr",
                  "--headless",
                  "--no-remote",
                  "--profile",
                  profile.toString(),
                  "--window-size=1280,900",
                  "--screenshot",
                  png.toString(),
                  SITE.resolve(page).toUri().toString())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      assertTrue(firefox.waitFor(90, TimeUnit.SECONDS), "Firefox did not finish");
      assertEquals(0, firefox.exitValue(), "Firefox's exit status");
      BufferedImage picture = ImageIO.read(png.toFile());
      assertEquals(1280, picture.getWidth());
      // The left margin beside the centred layout shows only the page background.
      assertEquals(
          Integer.toHexString(DARK_BACKGROUND),
          Integer.toHexString(picture.getRGB(4, picture.getHeight() / 2) & 0xffffff),
          "the page background in " + png);
    } finally {
      dev.backendhandbook.bake.SiteOutput.delete(profile);
    }
  }
}
