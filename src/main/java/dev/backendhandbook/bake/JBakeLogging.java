package dev.backendhandbook.bake;

import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * Silences what JBake's embedded database, Freemarker and AsciidoctorJ print through
 * java.util.logging, which ignores Maven's {@code -q}: every problem they log reaches the bake as a
 * diagnostic instead (Asciidoctor's through {@link AsciidoctorLog}, the rest as JBake errors).
 */
final class JBakeLogging {

  private JBakeLogging() {}

  static void quiet() {
    // Read by Freemarker when its first class loads; it would log each template error in full.
    System.setProperty("org.freemarker.loggerLibrary", "none");
    LogManager.getLogManager().reset();
    Logger.getLogger("").setLevel(Level.OFF);
  }
}
