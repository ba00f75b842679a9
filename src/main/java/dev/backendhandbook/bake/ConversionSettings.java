package dev.backendhandbook.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Options;
import org.jspecify.annotations.Nullable;

/**
 * The settings every page of one bake is converted with, and the key each page's conversion is
 * cached under: a digest of everything that can change what converting the page gives, namely this
 * tool (its own classes and the versions of the libraries it runs), the Asciidoctor attributes, the
 * page's path and its bytes. Files the page reads (includes) are checked by the cache entry itself,
 * since they are known only after converting.
 */
final class ConversionSettings {
  private static @Nullable String toolFingerprint;

  private final SourceLayout layout;
  private final Path cacheFolder;
  private final Map<String, String> attributes;
  private final String fingerprint;

  ConversionSettings(SourceLayout layout, Path cacheFolder) {
    this.layout = layout;
    this.cacheFolder = cacheFolder;
    Map<String, String> values = new TreeMap<>();
    values.put("source-highlighter", "rouge");
    values.put("rouge-css", "class");
    values.put("examplesdir", layout.examples().toString());
    values.put("imagesdir", "images");
    values.put("attribute-missing", "warn");
    // kbd:[…], btn:[…] and menu:[…]
    values.put("experimental", "");
    this.attributes = Map.copyOf(values);
    Digest digest = new Digest().add(tool()).add(Integer.toString(ConversionCache.FORMAT));
    values.forEach((name, value) -> digest.add(name).add(value));
    this.fingerprint = digest.hex();
  }

  SourceLayout layout() {
    return layout;
  }

  /** Where conversions write their generated files before the cache takes them. */
  Path workFolder() throws IOException {
    return Files.createDirectories(cacheFolder.resolve("work"));
  }

  /** Where jars carried inside gems are copied out to load as plain files. */
  Path jarFolder() {
    return cacheFolder.resolve("jars");
  }

  String keyOf(SourcePage page) {
    return new Digest().add(fingerprint).add(page.relative()).add(page.bytes()).hex();
  }

  Options optionsFor(SourcePage page, Path work) {
    Map<String, String> values = new TreeMap<>(attributes);
    values.put("imagesoutdir", work.toString());
    values.put("diagram-cachedir", cacheFolder.resolve("diagrams").toString());
    Path folder = Objects.requireNonNull(page.file().getParent());
    return Converter.options(folder, Converter.attributes(values));
  }

  Options warmUpOptions() {
    return Converter.options(layout.content(), Converter.attributes(attributes));
  }

  /**
   * What identifies this build of the tool: the digest of its own classes, and the names of the
   * library jars it runs with, which carry their versions.
   */
  private static synchronized String tool() {
    String known = toolFingerprint;
    if (known == null) {
      Digest digest = new Digest();
      digest.add(digestOfLocation(ConversionSettings.class.getProtectionDomain().getCodeSource()));
      for (Class<?> library : List.of(Asciidoctor.class, org.jbake.app.Oven.class)) {
        Path location = location(library.getProtectionDomain().getCodeSource());
        Path folder = location == null ? null : location.getParent();
        if (folder != null && Files.isDirectory(folder)) {
          try (Stream<Path> jars = Files.list(folder)) {
            jars.map(p -> p.getFileName().toString()).sorted().forEach(digest::add);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
      known = digest.hex();
      toolFingerprint = known;
    }
    return known;
  }

  private static String digestOfLocation(@Nullable CodeSource source) {
    Path location = location(source);
    if (location == null) {
      return "unknown";
    }
    try {
      if (Files.isRegularFile(location)) {
        return Digest.of(Files.readAllBytes(location));
      }
      Digest digest = new Digest();
      try (Stream<Path> files = Files.walk(location)) {
        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          digest.add(location.relativize(file).toString()).add(Files.readAllBytes(file));
        }
      }
      return digest.hex();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static @Nullable Path location(@Nullable CodeSource source) {
    if (source == null) {
      return null;
    }
    try {
      return Path.of(source.getLocation().toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }
}
