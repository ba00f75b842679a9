package dev.backendhandbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BakeCommandTest {
  @Test
  void siteHostComesFromTheEnvironmentWithoutItsTrailingSlash() {
    Map<String, String> settings = new HashMap<>();
    BakeCommand.withSiteHost(
        settings, Map.of("HANDBOOK_SITE_HOST", " https://writer.github.io/handbook/ "));
    assertEquals(Map.of("site.host", "https://writer.github.io/handbook"), settings);
  }

  @Test
  void siteHostOnTheCommandLineWinsOverTheEnvironment() {
    Map<String, String> settings = new HashMap<>(Map.of("site.host", "https://example.org/"));
    BakeCommand.withSiteHost(settings, Map.of("HANDBOOK_SITE_HOST", "https://elsewhere.org"));
    assertEquals(Map.of("site.host", "https://example.org"), settings);
  }

  @Test
  void withoutEitherTheSourceTreesOwnSiteHostStays() {
    Map<String, String> settings = new HashMap<>();
    BakeCommand.withSiteHost(settings, Map.of("HANDBOOK_SITE_HOST", " "));
    assertEquals(Map.of(), settings);
  }
}
