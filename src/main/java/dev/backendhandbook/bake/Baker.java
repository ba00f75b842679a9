package dev.backendhandbook.bake;

import dev.backendhandbook.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.asciidoctor.Asciidoctor;
import org.jbake.app.Oven;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.parser.Engines;
import org.jspecify.annotations.Nullable;

/**
 * Bakes a handbook source tree into a site folder with JBake.
 *
 * <p>The site is written into a fresh staging folder beside the output; only a bake without a
 * single error replaces the output with it, so a failed bake leaves the last good site as it was
 * and a good one leaves no stale page behind. One Baker starts Asciidoctor (and JRuby) once and
 * reuses it for every bake; it bakes one tree at a time.
 */
public final class Baker implements AutoCloseable {
  /**
   * JBake settings the handbook depends on; the source tree's jbake.properties cannot change them.
   */
  private static final Map<String, Object> FIXED_SETTINGS =
      Map.ofEntries(
          Map.entry("db.store", "memory"),
          Map.entry("render.index", false),
          Map.entry("render.archive", false),
          Map.entry("render.feed", true),
          Map.entry("render.sitemap", true),
          Map.entry("render.tags", true),
          Map.entry("render.tagsindex", true),
          Map.entry("render.error404", true),
          Map.entry("tag.sanitize", true),
          // Both rewrite links in ways that break relative links (see build-facts).
          Map.entry("uri.noExtension", false),
          Map.entry("img.path.update", false),
          Map.entry("asciidoctor.attributes.export", false),
          Map.entry("template.home.file", "index.ftl"),
          Map.entry("template.page.file", "page.ftl"),
          Map.entry("template.section.file", "section.ftl"),
          Map.entry("template.tag.file", "tag.ftl"),
          Map.entry("template.tagsindex.file", "tags.ftl"),
          Map.entry("template.feed.file", "feed.ftl"),
          Map.entry("template.sitemap.file", "sitemap.ftl"),
          Map.entry("template.error404.file", "404.ftl"));

  private final Asciidoctor asciidoctor;
  private @Nullable BakeSession session;

  public Baker() {
    JBakeLogging.quiet();
    asciidoctor = Asciidoctor.Factory.create();
    asciidoctor.requireLibrary("asciidoctor-diagram");
    asciidoctor.registerLogHandler(new AsciidoctorLog(() -> session));
    asciidoctor.javaExtensionRegistry().includeProcessor(new SourceTreeIncludes(() -> session));
  }

  /**
   * Bakes {@code layout} into {@code output}.
   *
   * @return every problem found, sorted; the output was replaced only if none is an error
   */
  public List<Diagnostic> bake(SourceLayout layout, Path output) throws IOException {
    return bake(layout, output, Map.of());
  }

  /**
   * Bakes {@code layout} into {@code output}, with extra values for the templates.
   *
   * @param settings values the templates read as {@code config.<key with _ for .>}, on top of the
   *     source tree's jbake.properties
   * @return every problem found, sorted; the output was replaced only if none is an error
   */
  public synchronized List<Diagnostic> bake(
      SourceLayout layout, Path output, Map<String, String> settings) throws IOException {
    String problem = layout.problem();
    if (problem != null) {
      return List.of(Diagnostic.error(layout.display(layout.root()), 0, 0, "bake", problem));
    }
    Path staging = SiteOutput.newStaging(output);
    Path diagramCache = output.toAbsolutePath().normalize().resolveSibling(".diagram-cache");
    session = new BakeSession(layout, staging, diagramCache);
    boolean published = false;
    try {
      Oven oven = new Oven(configuration(layout, staging, settings));
      AsciiDocPageEngine engine = new AsciiDocPageEngine(asciidoctor, session);
      for (String extension : List.of("adoc", "asciidoc", "ad")) {
        Engines.register(extension, engine);
      }
      oven.bake();
      oven.getErrors().forEach(error -> TemplateErrors.report(error, session));
      session.pages().resolveReferences(session);
      session.pages().resolveSections(session);
      List<Diagnostic> diagnostics = session.diagnostics().stream().distinct().sorted().toList();
      if (diagnostics.stream().noneMatch(Diagnostic::isError)) {
        SearchIndex.write(staging);
        SiteOutput.replace(staging, output);
        published = true;
      }
      return diagnostics;
    } finally {
      session = null;
      if (!published) {
        SiteOutput.delete(staging);
      }
    }
  }

  private static DefaultJBakeConfiguration configuration(
      SourceLayout layout, Path staging, Map<String, String> settings) {
    DefaultJBakeConfiguration config =
        new JBakeConfigurationFactory()
            .createDefaultJbakeConfiguration(layout.root().toFile(), staging.toFile(), true);
    settings.forEach(config::setProperty);
    FIXED_SETTINGS.forEach(config::setProperty);
    return config;
  }

  @Override
  public void close() {
    asciidoctor.shutdown();
  }
}
