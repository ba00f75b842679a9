package dev.backendhandbook.bake;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.jruby.internal.JRubyRuntimeContext;
import org.jruby.Ruby;

/**
 * Loads asciidoctor-diagram's PlantUML without two costs its gems bring to every start.
 *
 * <p>The bake's JRuby runs without RubyGems ({@link AsciidoctorRuntimes}), so the gems it needs go
 * on Ruby's load path here (with RubyGems, finding them by asking each of the hundred gems it knows
 * took half a second). Its jars travel inside the gem's jar, and JRuby copies a jar nested in
 * another to a temporary file one byte at a time when the first diagram is drawn: copied once into
 * the cache folder and named by {@code DIAGRAM_PLANTUML_CLASSPATH} (which asciidoctor-diagram also
 * reads as the system property {@code diagram.plantuml.classpath}), they load as plain files.
 */
final class PlantUmlLoader {
  private static final String IN_CLASS_PATH = "uri:classloader:";

  /** The gems PlantUML's extension loads: its own three, and the XML parser it reads SVG with. */
  private static final List<String> GEMS =
      List.of(
          "asciidoctor-diagram",
          "asciidoctor-diagram-plantuml",
          "asciidoctor-diagram-batik",
          "rexml");

  private PlantUmlLoader() {}

  /** Loads PlantUML's extension, its jars copied into {@code jarFolder} unless there already. */
  static void load(Asciidoctor engine, Path jarFolder) throws IOException {
    Ruby ruby = JRubyRuntimeContext.get(engine);
    StringBuilder loadPath = new StringBuilder();
    for (String gem : GEMS) {
      loadPath.append("$LOAD_PATH.unshift('").append(AsciidoctorRuntimes.lib(gem)).append("');");
    }
    ruby.evalScriptlet(loadPath.toString());
    String listed =
        ruby.evalScriptlet(
                "require 'asciidoctor-diagram/plantuml/classpath';"
                    + " Asciidoctor::Diagram::PlantUmlClasspath::JAR_FILES.join(\"\\n\")")
            .toString();
    List<String> onDisk = new ArrayList<>();
    for (String jar : listed.split("\n", -1)) {
      if (!jar.isEmpty()) {
        onDisk.add(jar.startsWith(IN_CLASS_PATH) ? copy(jar, jarFolder).toString() : jar);
      }
    }
    System.setProperty("diagram.plantuml.classpath", String.join(File.pathSeparator, onDisk));
    engine.requireLibrary("asciidoctor-diagram/plantuml");
  }

  /** The jar at a {@code uri:classloader:} path, copied under {@code folder} by that path. */
  private static Path copy(String jar, Path folder) throws IOException {
    String resource = jar.substring(IN_CLASS_PATH.length()).replaceFirst("^/+", "");
    // The gem's own path (gems/NAME-VERSION/...) names the copy, so a new version gets its own.
    Path target = folder.resolve(resource).normalize();
    Path parent = target.getParent();
    if (!target.startsWith(folder) || parent == null) {
      throw new IOException("asciidoctor-diagram names a jar outside its gems: '" + jar + "'");
    }
    if (Files.isRegularFile(target)) {
      return target;
    }
    Files.createDirectories(parent);
    Path partial = Files.createTempFile(parent, ".copy-", ".jar");
    try (InputStream in = PlantUmlLoader.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("asciidoctor-diagram names a jar it does not carry: '" + jar + "'");
      }
      Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
      // Moved in whole, so a bake running beside this one never loads half a jar.
      Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(partial);
    }
    return target;
  }
}
