package dev.backendhandbook.bake;

import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * The JVM-wide settings of the libraries the bake embeds, which they read from system properties or
 * java.util.logging when their first class loads. They are made once, before any of those classes
 * loads, by the class initialiser of {@link Baker}. Only {@link AsciidoctorRuntimes} also sets what
 * JRuby reads when it starts a runtime.
 */
final class EmbeddedLibraries {

  private EmbeddedLibraries() {}

  static void configure() {
    // JBake's embedded database, Freemarker and AsciidoctorJ log through java.util.logging, which
    // ignores Maven's -q; every problem they log reaches the bake as a diagnostic instead.
    // Freemarker reads this when its first class loads; it would log each template error in full.
    System.setProperty("org.freemarker.loggerLibrary", "none");
    LogManager.getLogManager().reset();
    Logger.getLogger("").setLevel(Level.OFF);
    // JBake's in-memory OrientDB creates its default users on every bake, hashing each password
    // with 65,536 rounds of PBKDF2: two thirds of a bake with nothing to convert. The database
    // lives in memory for one bake and is never exposed, so one round protects as much.
    System.setProperty("security.userPasswordSaltIterations", "1");
    // PlantUML may read files named in a diagram (!include); a diagram here reads nothing.
    System.setProperty("PLANTUML_SECURITY_PROFILE", "SANDBOX");
  }
}
