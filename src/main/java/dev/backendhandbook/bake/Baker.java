package dev.backendhandbook.bake;

import dev.backendhandbook.bake.model.HandbookModel;
import dev.backendhandbook.bake.model.Heading;
import dev.backendhandbook.bake.model.Page;
import dev.backendhandbook.diagnostic.Diagnostic;
import dev.backendhandbook.editions.Edition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jbake.app.Asset;
import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.Oven;
import org.jbake.app.Renderer;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.app.configuration.JBakeConfigurationInspector;
import org.jbake.parser.Engines;
import org.jspecify.annotations.Nullable;

/**
 * Bakes a handbook source tree into a site with JBake.
 *
 * <p>The steps, each once per bake: read every page and its header (no Asciidoctor needed); convert
 * the pages the conversion cache does not hold, in parallel; check cross references; build the
 * {@link HandbookModel}; let JBake crawl, render the templates and copy the assets into a fresh
 * staging folder, its markup engine handing it the prepared pages. A bake with an error stops
 * before JBake and leaves nothing behind; a clean one returns the staging folder for the caller to
 * check and publish ({@link BakeResult}). One Baker keeps Asciidoctor warm across bakes, as a
 * preview does; it bakes one tree at a time.
 */
public final class Baker implements AutoCloseable {
  /**
   * JBake settings the handbook depends on; the source tree's jbake.properties cannot change them.
   */
  private static final Map<String, Object> FIXED_SETTINGS =
      Map.ofEntries(
          Map.entry("db.store", "memory"),
          // Every bake starts from an empty database, though serve keeps it open between bakes.
          Map.entry("db.clear.cache", true),
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
          Map.entry("template.home.file", "index.ftlh"),
          Map.entry("template.page.file", "page.ftlh"),
          Map.entry("template.section.file", "section.ftlh"),
          Map.entry("template.tag.file", "tag.ftlh"),
          Map.entry("template.tagsindex.file", "tags.ftlh"),
          Map.entry("template.feed.file", "feed.ftlx"),
          Map.entry("template.sitemap.file", "sitemap.ftlx"),
          Map.entry("template.error404.file", "404.ftlh"));

  static {
    EmbeddedLibraries.configure();
    // JBake keeps one markup engine per extension for the whole JVM; the handbook's holds no state.
    HandbookMarkupEngine engine = new HandbookMarkupEngine();
    for (String extension : SourceTree.ASCIIDOC) {
      Engines.register(extension, engine);
    }
  }

  /** How one bake runs. */
  public record Options(
      Map<String, String> settings, @Nullable Path cache, boolean preview, @Nullable Path reports) {
    public Options {
      settings = Map.copyOf(settings);
    }

    /** A published bake with no extra settings, caching conversions in {@code cache}. */
    public static Options cachedIn(@Nullable Path cache) {
      return new Options(Map.of(), cache, false, null);
    }
  }

  private final Converter converter = new Converter();

  /** JBake's database, opened by the first bake and kept for the next ones (as serve's). */
  private @Nullable HandbookContentStore store;

  /**
   * Bakes {@code layout} into a staging folder beside {@code output}.
   *
   * @return the diagnostics, and the staging folder when the bake had no error
   */
  public synchronized BakeResult bake(SourceLayout layout, Path output, Options options)
      throws IOException {
    String problem = layout.problem();
    if (problem != null) {
      return failed(
          List.of(Diagnostic.error(layout.display(layout.root()), 0, 0, "bake", problem)),
          List.<String>of(),
          0,
          0,
          new Timings());
    }
    Path temporaryCache =
        options.cache() == null ? Files.createTempDirectory("handbook-cache-") : null;
    ConversionCache cache =
        new ConversionCache(options.cache() == null ? temporaryCache : options.cache());
    try {
      return bake(layout, output, options, cache);
    } finally {
      if (temporaryCache != null) {
        SiteOutput.delete(temporaryCache);
      }
    }
  }

  private BakeResult bake(SourceLayout layout, Path output, Options options, ConversionCache cache)
      throws IOException {
    List<Diagnostic> diagnostics = new ArrayList<>();
    Timings timings = new Timings();
    SourceTree tree = SourceTree.read(layout);
    timings.lap("read");
    diagnostics.addAll(tree.problems());
    Map<Path, SourcePage> pages = tree.pages();
    Set<Path> broken = new TreeSet<>();
    for (SourcePage page : pages.values()) {
      for (PageHeader.Problem header : page.header().problems()) {
        diagnostics.add(
            Diagnostic.error(
                layout.display(page.file()),
                header.line(),
                header.column(),
                "header",
                header.message()));
        broken.add(page.file());
      }
    }

    // Every readable page is converted, a broken one too, so its ids are known to the others;
    // but not one whose diagram would read a file from outside the tree.
    List<SourcePage> toConvert = new ArrayList<>();
    for (SourcePage page : pages.values()) {
      List<Diagnostic> outside = DiagramSources.check(layout, page);
      diagnostics.addAll(outside);
      if (outside.isEmpty()) {
        toConvert.add(page);
      }
    }
    Path cacheFolder = Objects.requireNonNull(cache.folder());
    ConversionSettings settings = new ConversionSettings(layout, cacheFolder);
    Map<String, Conversion> conversions =
        converter.convertAll(
            toConvert,
            settings,
            cache,
            timings,
            // Once per Baker: serve's later bakes find JBake warm, and a throwaway database
            // started beside each of them only takes a core from the conversion and the browser.
            store == null ? Baker::warmUpJBake : () -> {},
            !options.preview());
    timings.lap("convert");
    for (Conversion conversion : conversions.values()) {
      for (Conversion.Problem found : conversion.problems()) {
        String file = layout.display(layout.root().resolve(found.file()));
        diagnostics.add(
            found.error()
                ? Diagnostic.error(
                    file, found.line(), found.column(), found.rule(), found.message())
                : Diagnostic.warning(
                    file, found.line(), found.column(), found.rule(), found.message()));
      }
    }
    diagnostics.addAll(CrossReferences.check(layout, pages, conversions));

    DefaultJBakeConfiguration config = configuration(layout, options);
    HandbookModel model = model(layout, pages, broken, conversions, options, config, diagnostics);
    timings.lap("model");
    if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
      return failed(diagnostics, cache.warnings(), pages.size(), converter.converted(), timings);
    }

    Path staging = SiteOutput.newStaging(output);
    boolean clean = false;
    try {
      config.setDestinationFolder(staging.toFile());
      config.setProperty(
          BakeSession.KEY, new BakeSession(layout, model, pages, conversions, options.preview()));
      Oven oven = new Oven(utensils(config, store(config)));
      oven.bake();
      timings.lap("jbake");
      for (Throwable error : oven.getErrors()) {
        diagnostics.add(TemplateErrors.diagnose(error, layout));
        for (Throwable another : error.getSuppressed()) {
          diagnostics.add(TemplateErrors.diagnose(another, layout));
        }
      }
      diagnostics.addAll(placeGeneratedFiles(layout, staging, pages, conversions, cache));
      diagnostics.addAll(Aliases.write(layout, pages, model, staging));
      if (options.reports() != null) {
        ReportPages.publish(
            options.reports(),
            staging.resolve("project"),
            layout.templates(),
            model,
            config.asHashMap());
      }
      clean = diagnostics.stream().noneMatch(Diagnostic::isError);
      timings.lap("files");
      return new BakeResult(
          diagnostics,
          cache.warnings(),
          pages.size(),
          converter.converted(),
          clean ? staging : null,
          model,
          timings.laps());
    } finally {
      if (!clean) {
        SiteOutput.delete(staging);
      }
    }
  }

  private static BakeResult failed(
      List<Diagnostic> diagnostics,
      List<String> warnings,
      int pages,
      int converted,
      Timings timings) {
    return new BakeResult(diagnostics, warnings, pages, converted, null, null, timings.laps());
  }

  /** The model of the pages with good headers, and the findings only the whole handbook shows. */
  private static HandbookModel model(
      SourceLayout layout,
      Map<Path, SourcePage> pages,
      Set<Path> broken,
      Map<String, Conversion> conversions,
      Options options,
      DefaultJBakeConfiguration config,
      List<Diagnostic> diagnostics) {
    GitHistory history = GitHistory.of(layout.content(), System.getenv("SOURCE_DATE_EPOCH"));
    String editBase = editBase(config, history, layout);
    Map<String, SourcePage> sectionPages = new TreeMap<>();
    for (SourcePage page : pages.values()) {
      if (!broken.contains(page.file()) && "section".equals(page.header().type())) {
        SourcePage other =
            sectionPages.putIfAbsent(Objects.requireNonNull(page.header().section()), page);
        if (other != null) {
          diagnostics.add(
              Diagnostic.error(
                  layout.display(page.file()),
                  page.header().lineOf(PageHeader.SECTION),
                  1,
                  "header",
                  "section '"
                      + page.header().section()
                      + "' already has a section page: '"
                      + layout.display(other.file())
                      + "'"));
        }
      }
    }
    Map<String, SourcePage> byTitle = new HashMap<>();
    List<Page> models = new ArrayList<>();
    for (SourcePage page : pages.values()) {
      PageHeader header = page.header();
      if (broken.contains(page.file())) {
        continue;
      }
      boolean draft = "draft".equals(header.status());
      String type = Objects.requireNonNull(header.type());
      String section = header.section() == null ? "" : header.section();
      if (type.equals("page") && !sectionPages.containsKey(section)) {
        diagnostics.add(
            Diagnostic.error(
                layout.display(page.file()),
                header.lineOf(PageHeader.SECTION),
                header.columnOf(PageHeader.SECTION),
                "header",
                "section '"
                    + section
                    + "' has no section page (':jbake-type: section' with ':jbake-section: "
                    + section
                    + "'); the sections are: "
                    + String.join(", ", sectionPages.keySet())));
        continue;
      }
      String title = Objects.requireNonNull(header.title());
      SourcePage sameTitle =
          draft ? null : byTitle.putIfAbsent(title.toLowerCase(Locale.ROOT), page);
      if (sameTitle != null) {
        diagnostics.add(
            Diagnostic.error(
                layout.display(page.file()),
                header.titleLine(),
                1,
                "header",
                "title '"
                    + title
                    + "' is already the title of '"
                    + layout.display(sameTitle.file())
                    + "'; every page needs its own"));
      }
      if (draft && !options.preview()) {
        continue;
      }
      Conversion conversion = conversions.get(page.relative());
      List<Heading> headings = conversion == null ? List.of() : conversion.headings();
      models.add(
          new Page(
              title,
              Objects.requireNonNull(header.description()),
              type,
              section,
              header.order() == null ? 0 : header.order(),
              header.tags().stream()
                  .map(t -> t.toLowerCase(Locale.ROOT).replace(' ', '-'))
                  .toList(),
              layout.display(page.file()),
              page.uri(),
              page.rootPath(),
              headings,
              history.lastChanged(page.relative()),
              editBase.isEmpty() ? "" : editBase + page.relative(),
              draft,
              null,
              null,
              List.of()));
    }
    HandbookModel model = HandbookModel.of(models, history.fallback());
    return "true".equals(options.settings().get(Edition.SETTING))
        ? model.withEditions(Edition.links())
        : model;
  }

  /** Where "edit this page" links start, from {@code site.repository}, or empty. */
  private static String editBase(
      DefaultJBakeConfiguration config, GitHistory history, SourceLayout layout) {
    Object repository = config.get("site.repository");
    if (repository == null || repository.toString().isBlank()) {
      return "";
    }
    Object branch = config.get("site.branch");
    String prefix = history.prefix();
    if (prefix == null) {
      prefix = layout.root().getFileName() + "/content/";
    }
    return repository.toString().replaceAll("/+$", "")
        + "/edit/"
        + (branch == null ? "main" : branch.toString())
        + "/"
        + prefix;
  }

  /** Writes each page's generated files (diagrams) beside it, refusing two with one name. */
  private static List<Diagnostic> placeGeneratedFiles(
      SourceLayout layout,
      Path staging,
      Map<Path, SourcePage> pages,
      Map<String, Conversion> conversions,
      ConversionCache cache)
      throws IOException {
    List<Diagnostic> problems = new ArrayList<>();
    Map<Path, SourcePage> written = new LinkedHashMap<>();
    for (SourcePage page : pages.values()) {
      Conversion conversion = conversions.get(page.relative());
      if (conversion == null) {
        continue;
      }
      Path folder = Objects.requireNonNull(staging.resolve(page.uri()).getParent());
      for (Conversion.GeneratedFile file : conversion.files()) {
        Path target = folder.resolve(file.path()).normalize();
        SourcePage other = written.putIfAbsent(target, page);
        if (other != null && other != page) {
          problems.add(
              Diagnostic.error(
                  layout.display(page.file()),
                  0,
                  0,
                  "diagram",
                  "diagram file '"
                      + file.path()
                      + "' is also written by '"
                      + layout.display(other.file())
                      + "'; give each diagram a target of its own, such as '<page>-<name>'"));
          continue;
        }
        Files.createDirectories(Objects.requireNonNull(target.getParent()));
        Files.copy(cache.blob(file.digest()), target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return problems;
  }

  /** JBake's utensils, as its own factory makes them, with the handbook's content store. */
  private static Utensils utensils(DefaultJBakeConfiguration config, ContentStore store) {
    new JBakeConfigurationInspector(config).inspect();
    Utensils utensils = new Utensils();
    utensils.setConfiguration(config);
    utensils.setContentStore(store);
    utensils.setCrawler(new Crawler(store, config));
    utensils.setRenderer(new Renderer(store, config));
    utensils.setAsset(new Asset(config));
    return utensils;
  }

  private HandbookContentStore store(DefaultJBakeConfiguration config) {
    HandbookContentStore open = store;
    if (open == null) {
      open = new HandbookContentStore(config.getDatabaseStore(), config.getDatabasePath());
      store = open;
    }
    return open;
  }

  private static DefaultJBakeConfiguration configuration(SourceLayout layout, Options options) {
    DefaultJBakeConfiguration config =
        new JBakeConfigurationFactory()
            .createDefaultJbakeConfiguration(layout.root().toFile(), layout.root().toFile(), true);
    options.settings().forEach(config::setProperty);
    FIXED_SETTINGS.forEach(config::setProperty);
    return config;
  }

  /**
   * Starts Asciidoctor with everything the tree's pages need and converts a few of them once, for a
   * preview: the first save then converts as fast as the later ones. A bake that has to convert
   * starts Asciidoctor itself.
   */
  public synchronized void warmUp(SourceLayout layout, Path cacheFolder) throws IOException {
    SourceTree tree = SourceTree.read(layout);
    List<SourcePage> pages = new ArrayList<>();
    for (SourcePage page : tree.pages().values()) {
      // As in a bake, a page whose diagram would read a file outside the tree is not converted.
      if (DiagramSources.check(layout, page).isEmpty()) {
        pages.add(page);
      }
    }
    converter.warmUp(
        pages, new ConversionSettings(layout, cacheFolder), new ConversionCache(cacheFolder));
  }

  /**
   * Loads and exercises what JBake's crawl and render use (its in-memory OrientDB, Freemarker), so
   * that a bake converting one page finds them ready: on a cold JVM they cost a second.
   */
  private static void warmUpJBake() {
    org.jbake.app.ContentStore store = new org.jbake.app.ContentStore("memory", "handbook-warm-up");
    try {
      store.startup();
      new freemarker.template.Configuration(freemarker.template.Configuration.VERSION_2_3_35);
    } finally {
      store.close();
    }
  }

  /** True once this Baker has had to start Asciidoctor, which a fully cached bake never does. */
  boolean asciidoctorStarted() {
    return converter.started();
  }

  /** True when this Baker's Asciidoctor runs Ruby in JRuby's interpreter, never compiling it. */
  boolean asciidoctorInterprets() {
    return converter.interprets();
  }

  @Override
  public synchronized void close() {
    converter.close();
    if (store != null) {
      store.release();
      store = null;
    }
  }
}
