package dev.backendhandbook.bake;

import dev.backendhandbook.bake.model.Heading;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.AttributesBuilder;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.ast.Document;
import org.asciidoctor.jruby.internal.JRubyRuntimeContext;
import org.jruby.RubyInstanceConfig;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * Converts pages with Asciidoctor, skipping every page the conversion cache already holds.
 *
 * <p>Asciidoctor (and JRuby under it) starts only when a page must really be converted, and
 * asciidoctor-diagram is loaded only when one of those pages has a diagram, so a rebuild with
 * nothing changed starts neither. Pages convert in parallel on every core with one Asciidoctor:
 * each thread's log records and includes belong to the page it converts ({@link
 * ConversionContext}). A Converter lives as long as its caller wants a warm Asciidoctor: for one
 * bake, or for every bake of a preview session.
 */
final class Converter implements AutoCloseable {
  /** The language of a listing, whose lexer a warm-up loads. */
  private static final Pattern LISTING_LANGUAGE =
      Pattern.compile("^\\[source,\\s*([\\w+#-]+)", Pattern.MULTILINE);

  /**
   * Makes Rouge safe for several threads in one JRuby. Rouge builds each state of a lexer on first
   * use and marks it built before its rules are all in, so a second thread can take a half-built
   * state (and fail on a nil rule); building states under one reentrant lock closes that window.
   * States are built once each, so the lock is almost never waited on.
   */
  private static final String THREAD_SAFE_ROUGE =
      """
      require 'rouge'
      require 'monitor'
      module HandbookThreadSafeRougeStates
        LOCK = Monitor.new
        def get_state(name)
          LOCK.synchronize { super }
        end
      end
      Rouge::RegexLexer.singleton_class.prepend(HandbookThreadSafeRougeStates)
      """;

  /**
   * Loads now, on one thread, what Ruby would load on a conversion's first use of a name ({@code
   * autoload}). JRuby's autoload is not safe when threads meet it together: CI saw a page fail with
   * "uninitialized constant Asciidoctor::Document::SyntaxHighlighter" while another thread was
   * loading it. These are the lazy names a conversion of a handbook page reaches (a few ms).
   */
  private static final String LAZY_NAMES =
      "Asciidoctor::SyntaxHighlighter; Pathname; StringScanner";

  /** An image in the page's images folder, where diagrams are written. */
  private static final Pattern GENERATED_IMAGE =
      Pattern.compile("(?:src|data)=\"images/([^\"?#]+)\"");

  private static final Comparator<SourcePage> LONGEST_FIRST =
      Comparator.comparingInt((SourcePage page) -> -page.bytes().length);

  /** How many pages a warm-up converts. */
  private static final int WARM_UP_PAGES = 8;

  private @Nullable Asciidoctor asciidoctor;
  private boolean diagrams;

  /** How many pages the last call to {@link #convertAll} converted, rather than found cached. */
  private int converted;

  /**
   * Converts every page, or takes it from the cache.
   *
   * <p>{@code beside} runs on a thread of its own while Asciidoctor starts or pages convert, when
   * they leave a core idle; it has finished when this method returns. {@code oneBake} says that
   * this Converter will convert nothing after this call, so a short conversion can start a JRuby
   * that interprets ({@link AsciidoctorRuntimes}).
   *
   * @return each page's conversion, by the page's path relative to the content folder
   */
  Map<String, Conversion> convertAll(
      List<SourcePage> pages,
      ConversionSettings settings,
      ConversionCache cache,
      Timings timings,
      Runnable beside,
      boolean oneBake)
      throws IOException {
    Map<String, Conversion> done = new TreeMap<>();
    List<SourcePage> misses = new ArrayList<>();
    Map<String, String> keys = new TreeMap<>();
    for (SourcePage page : pages) {
      String key = settings.keyOf(page);
      keys.put(page.relative(), key);
      Conversion cached = cache.lookup(key, page.relative(), settings.layout().root());
      if (cached == null) {
        misses.add(page);
      } else {
        done.put(page.relative(), cached);
      }
    }
    converted = misses.size();
    timings.lap("cache");
    if (misses.isEmpty()) {
      return done;
    }
    // With a core to spare, the next steps warm up meanwhile: while Asciidoctor starts, which
    // takes one core for two seconds, or when there are fewer pages to convert than cores.
    Thread besideThread = null;
    if (!started() || misses.size() < Runtime.getRuntime().availableProcessors()) {
      besideThread = daemon(beside);
      besideThread.start();
    }
    long bytes = misses.stream().mapToLong(page -> page.bytes().length).sum();
    Asciidoctor engine =
        prepare(
            misses, settings, timings, oneBake && bytes < AsciidoctorRuntimes.INTERPRETED_BELOW);
    convertEach(
        engine,
        misses,
        settings,
        cache,
        (page, conversion) -> {
          cache.store(
              Objects.requireNonNull(keys.get(page.relative())), page.relative(), conversion);
          done.put(page.relative(), conversion);
        });
    if (besideThread != null) {
      try {
        besideThread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("the bake was interrupted", e);
      }
    }
    return done;
  }

  /**
   * Converts {@code pages} on every core, longest first, handing each conversion to {@code done} on
   * the calling thread in the order of the pages as sorted.
   */
  private static void convertEach(
      Asciidoctor engine,
      List<SourcePage> pages,
      ConversionSettings settings,
      ConversionCache cache,
      BiConsumer<SourcePage, Conversion> done)
      throws IOException {
    List<SourcePage> ordered = new ArrayList<>(pages);
    // The longest pages first, so the last thread to finish is not left with a long one.
    ordered.sort(LONGEST_FIRST);
    int threads = Math.min(ordered.size(), Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(threads, Converter::daemon);
    try {
      List<Future<Conversion>> futures = new ArrayList<>();
      for (SourcePage page : ordered) {
        futures.add(pool.submit(() -> convert(engine, page, settings, cache)));
      }
      for (int i = 0; i < ordered.size(); i++) {
        done.accept(ordered.get(i), futures.get(i).get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("the bake was interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error; // out of memory, above all: the tool says how to give it more
      }
      throw new IllegalStateException(cause);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Starts Asciidoctor and loads what these pages need (asciidoctor-diagram, their listing
   * languages), then converts the {@link #WARM_UP_PAGES} longest of them once and forgets them, so
   * that JRuby and the JVM have compiled what a conversion runs before a writer saves: in serve,
   * the first saves after a start converted their page in 550, 420, 320 ms before settling at 170.
   */
  void warmUp(List<SourcePage> pages, ConversionSettings settings, ConversionCache cache)
      throws IOException {
    Asciidoctor engine = prepare(pages, settings, new Timings(), false);
    Set<String> languages = new TreeSet<>();
    for (SourcePage page : pages) {
      Matcher language = LISTING_LANGUAGE.matcher(String.join("\n", page.lines()));
      while (language.find()) {
        languages.add(language.group(1));
      }
    }
    StringBuilder sample = new StringBuilder("= Warm-up\n\nA *paragraph* with `code`.\n\n");
    for (String language : languages) {
      sample.append("[source,").append(language).append("]\n----\nx = 1\n----\n\n");
    }
    engine.convert(sample.toString(), settings.warmUpOptions());
    List<SourcePage> longest = new ArrayList<>(pages);
    longest.sort(LONGEST_FIRST);
    convertEach(
        engine,
        longest.subList(0, Math.min(WARM_UP_PAGES, longest.size())),
        settings,
        cache,
        (page, conversion) -> {});
  }

  /** True once Asciidoctor (and JRuby) has been started. */
  synchronized boolean started() {
    return asciidoctor != null;
  }

  /** True when Asciidoctor has been started with a JRuby that only interprets. */
  synchronized boolean interprets() {
    Asciidoctor engine = asciidoctor;
    return engine != null
        && JRubyRuntimeContext.get(engine).getInstanceConfig().getCompileMode()
            == RubyInstanceConfig.CompileMode.OFF;
  }

  /** How many pages the last {@link #convertAll} converted (the rest came from the cache). */
  int converted() {
    return converted;
  }

  private static Thread daemon(Runnable work) {
    Thread thread = new Thread(work, "handbook-convert");
    thread.setDaemon(true);
    return thread;
  }

  /**
   * Starts Asciidoctor if it is not running (interpreting Ruby if {@code interpreted}), and loads
   * asciidoctor-diagram if a page needs it.
   */
  private synchronized Asciidoctor prepare(
      List<SourcePage> pages, ConversionSettings settings, Timings timings, boolean interpreted)
      throws IOException {
    Asciidoctor engine = engine(timings, interpreted);
    boolean needDiagrams = false;
    for (SourcePage page : pages) {
      String text = String.join("\n", page.lines());
      needDiagrams |= text.contains("[plantuml") || text.contains("plantuml::");
    }
    if (needDiagrams && !diagrams) {
      // Only PlantUML, rather than every diagram type asciidoctor-diagram knows: a second less.
      PlantUmlLoader.load(engine, settings.jarFolder());
      diagrams = true;
      timings.lap("diagrams");
    }
    return engine;
  }

  /**
   * Asciidoctor, started if it is not running (interpreting Ruby if {@code interpreted}), ready for
   * pages on several threads at once.
   */
  synchronized Asciidoctor engine(Timings timings, boolean interpreted) {
    Asciidoctor engine = asciidoctor;
    if (engine == null) {
      engine = AsciidoctorRuntimes.forPages(interpreted, "asciidoctor", "rouge");
      // AsciidoctorJ loads Asciidoctor's extensions.rb by a path of its own, and registering an
      // extension loads it again: Ruby's "already initialized constant" warnings say nothing to
      // a writer. Asciidoctor's own findings go through its logger, which this does not touch.
      JRubyRuntimeContext.get(engine).evalScriptlet("$VERBOSE = nil");
      engine.registerLogHandler(new AsciidoctorLog());
      engine.javaExtensionRegistry().includeProcessor(new SourceTreeIncludes());
      JRubyRuntimeContext.get(engine).evalScriptlet(THREAD_SAFE_ROUGE);
      JRubyRuntimeContext.get(engine).evalScriptlet(LAZY_NAMES);
      asciidoctor = engine;
      timings.lap("asciidoctor");
    }
    return engine;
  }

  private static Conversion convert(
      Asciidoctor engine, SourcePage page, ConversionSettings settings, ConversionCache cache)
      throws Exception {
    ConversionContext context = new ConversionContext(settings.layout(), page);
    // Each page keeps its own folder of generated images between bakes: asciidoctor-diagram
    // finds an unchanged diagram there and does not render it again.
    Path work = Files.createDirectories(settings.workFolder().resolve(page.relative()));
    return context.run(
        () -> {
          Options options = settings.optionsFor(page, work);
          // Block lines, for the checker to point at the line to edit (SourceLines).
          options.setSourcemap(true);
          Document document = engine.loadFile(page.file().toFile(), options);
          SourceLines.mark(document);
          String html = SourceLines.attributes(PageHtml.of(document.convert()));
          List<String> ids = new ArrayList<>(document.getCatalog().getRefs().keySet());
          ids.sort(null);
          return digest(html, ids, context, generatedFiles(html, work, cache));
        });
  }

  // The selectors digest() asks of every converted page, parsed once rather than once per page.
  private static final Evaluator HEADINGS = QueryParser.parse("h2[id], h3[id]");
  private static final Evaluator TOP_SECTIONS = QueryParser.parse("> .sect1");
  private static final Evaluator PREAMBLE = QueryParser.parse("> #preamble");
  private static final Evaluator SECTION_HEADING = QueryParser.parse("> h2[id]");
  private static final Evaluator SECTION_BODY = QueryParser.parse("> .sectionbody");
  private static final Evaluator ANCHORED_TERMS = QueryParser.parse("div.dlist[id]");
  private static final Evaluator TERM = QueryParser.parse("dt");
  private static final Evaluator DEFINITION = QueryParser.parse("dd");

  /** Reads what the site needs from the converted body: headings and searchable sections. */
  private static Conversion digest(
      String html,
      List<String> ids,
      ConversionContext context,
      List<Conversion.GeneratedFile> files) {
    Element body = Jsoup.parseBodyFragment(html).body();
    List<Heading> headings = new ArrayList<>();
    for (Element heading : body.select(HEADINGS)) {
      headings.add(new Heading(heading.nameIs("h2") ? 2 : 3, heading.id(), heading.text()));
    }
    List<Element> top = body.select(TOP_SECTIONS);
    Element preamble = body.selectFirst(PREAMBLE);
    String opening = top.isEmpty() ? body.text() : preamble == null ? "" : preamble.text();
    List<Conversion.SearchSection> sections = new ArrayList<>();
    for (Element section : top) {
      Element heading = section.selectFirst(SECTION_HEADING);
      Element text = section.selectFirst(SECTION_BODY);
      if (heading == null || text == null || heading.id().equals(SearchIndexRenderer.SKIPPED)) {
        continue;
      }
      // A definition list with its own anchor, as each glossary entry is, is a result of its own.
      for (Element term : text.select(ANCHORED_TERMS)) {
        Element name = term.selectFirst(TERM);
        if (name != null) {
          sections.add(
              new Conversion.SearchSection(term.id(), name.text(), term.select(DEFINITION).text()));
          term.remove();
        }
      }
      if (!text.text().isBlank()) {
        sections.add(new Conversion.SearchSection(heading.id(), heading.text(), text.text()));
      }
    }
    return new Conversion(
        html,
        ids,
        headings,
        opening.strip(),
        sections,
        context.problems(),
        context.dependencies(),
        files);
  }

  /**
   * Keeps in the cache's blob store each generated image the page uses: those of its images that
   * the conversion wrote into the page's folder, not one left from an older version.
   */
  private static List<Conversion.GeneratedFile> generatedFiles(
      String html, Path work, ConversionCache cache) throws IOException {
    Set<String> used = new TreeSet<>();
    Matcher image = GENERATED_IMAGE.matcher(html);
    while (image.find()) {
      used.add(image.group(1));
    }
    List<Conversion.GeneratedFile> files = new ArrayList<>();
    for (String name : used) {
      Path file = work.resolve(name).normalize();
      if (file.startsWith(work) && Files.isRegularFile(file)) {
        files.add(
            new Conversion.GeneratedFile(
                "images/" + name, cache.storeBlob(Files.readAllBytes(file))));
      }
    }
    return files;
  }

  @Override
  public synchronized void close() {
    if (asciidoctor != null) {
      asciidoctor.shutdown();
      asciidoctor = null;
    }
  }

  /** Attributes every page shares, so that the attribute map in the key is the same for all. */
  static Attributes attributes(Map<String, String> values) {
    AttributesBuilder builder = Attributes.builder();
    values.forEach(builder::attribute);
    return builder.build();
  }

  static Options options(Path baseDir, Attributes attributes) {
    return Options.builder()
        // Includes are confined to the source tree by SourceTreeIncludes, not by the safe mode,
        // whose jail would also stop diagrams from writing their images.
        .safe(SafeMode.UNSAFE)
        .baseDir(baseDir.toFile())
        .attributes(attributes)
        .build();
  }
}
