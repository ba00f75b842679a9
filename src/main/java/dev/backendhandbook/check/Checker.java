package dev.backendhandbook.check;

import dev.backendhandbook.check.rules.AccessibleNameRule;
import dev.backendhandbook.check.rules.DuplicateIdRule;
import dev.backendhandbook.check.rules.EmptyLinkRule;
import dev.backendhandbook.check.rules.FeedRule;
import dev.backendhandbook.check.rules.FileLinkRule;
import dev.backendhandbook.check.rules.FolderLinkRule;
import dev.backendhandbook.check.rules.HeadingOrderRule;
import dev.backendhandbook.check.rules.HtmlLangRule;
import dev.backendhandbook.check.rules.ImageAltRule;
import dev.backendhandbook.check.rules.InlineCodeRule;
import dev.backendhandbook.check.rules.InsecureLinkRule;
import dev.backendhandbook.check.rules.JavascriptUrlRule;
import dev.backendhandbook.check.rules.MalformedUrlRule;
import dev.backendhandbook.check.rules.MetaDescriptionRule;
import dev.backendhandbook.check.rules.MissingFileRule;
import dev.backendhandbook.check.rules.MissingFragmentRule;
import dev.backendhandbook.check.rules.NavigationRule;
import dev.backendhandbook.check.rules.RootAbsoluteLinkRule;
import dev.backendhandbook.check.rules.SingleH1Rule;
import dev.backendhandbook.check.rules.SitemapRule;
import dev.backendhandbook.check.rules.TargetBlankRule;
import dev.backendhandbook.check.rules.TitleRule;
import dev.backendhandbook.check.rules.UnreachablePageRule;
import dev.backendhandbook.diagnostic.Diagnostic;
import dev.backendhandbook.diagnostic.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * Checks every HTML page under a folder.
 *
 * <p>Two passes: every page is parsed once, in parallel, into the {@link Site} index; then every
 * rule runs on every page, in parallel, resolving references against that index. Pages are parsed
 * without source positions, which halves the cost of parsing; the few pages with findings are
 * parsed again with positions, and each finding's element is found there by its place in document
 * order (the same text gives the same tree).
 */
public final class Checker {
  private final List<Rule> rules;
  private final Function<Path, String> display;
  private final CheckConfig config;

  public Checker(List<Rule> rules, Function<Path, String> display) {
    this(rules, display, CheckConfig.none());
  }

  public Checker(List<Rule> rules, Function<Path, String> display, CheckConfig config) {
    this.rules = List.copyOf(rules);
    this.display = display;
    this.config = config;
  }

  /** The rules a handbook build enforces. */
  public static List<Rule> defaultRules() {
    return List.of(
        // links and resources
        new MissingFileRule(),
        new MissingFragmentRule(),
        new RootAbsoluteLinkRule(),
        new FolderLinkRule(),
        new FileLinkRule(),
        new EmptyLinkRule(),
        new JavascriptUrlRule(),
        new MalformedUrlRule(),
        new InsecureLinkRule(),
        new TargetBlankRule(),
        // structure
        new SingleH1Rule(),
        new HeadingOrderRule(),
        new DuplicateIdRule(),
        new HtmlLangRule(),
        new TitleRule(),
        new MetaDescriptionRule(),
        new ImageAltRule(),
        new AccessibleNameRule(),
        new UnreachablePageRule(),
        new NavigationRule(),
        new SitemapRule(),
        new FeedRule(),
        new InlineCodeRule());
  }

  /** What one run found, sorted, and how many pages it read. */
  public record Report(List<Diagnostic> diagnostics, int pages) {
    public long count(Severity severity) {
      return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }
  }

  /** Checks the site in {@code root}. */
  public Report check(Path root) throws IOException {
    Path base = root.toAbsolutePath().normalize();
    Set<String> files = new HashSet<>();
    Set<String> folders = new HashSet<>();
    try (Stream<Path> walk = Files.walk(base)) {
      walk.forEach(
          path -> {
            String relative = base.relativize(path).toString().replace('\\', '/');
            if (Files.isDirectory(path)) {
              folders.add(relative);
            } else {
              files.add(relative);
            }
          });
    }
    List<String> htmlFiles = files.stream().filter(Checker::isHtml).sorted().toList();
    List<Diagnostic> unreadable = Collections.synchronizedList(new ArrayList<>());
    Map<String, Page> pages =
        htmlFiles.parallelStream()
            .map(path -> parse(base, path, unreadable))
            .filter(page -> page != null)
            .collect(Collectors.toMap(Page::path, page -> page));
    Site site = new Site(base, files, folders, new HashMap<>(pages));
    Findings findings = new Findings();
    pages.values().parallelStream()
        .filter(page -> !config.ignores(page.path()))
        .forEach(page -> rules.forEach(rule -> rule.check(page, site, findings)));
    rules.forEach(rule -> rule.checkSite(site, findings));

    List<Diagnostic> diagnostics = new ArrayList<>(unreadable);
    Map<String, String> origins = new HashMap<>();
    for (Findings.Finding finding : locate(base, pages, findings.all())) {
      Optional<Severity> severity =
          config.severityOf(finding.rule(), finding.path(), finding.severity());
      if (severity.isEmpty()) {
        continue;
      }
      Page page = pages.get(finding.path());
      String origin =
          page == null ? "" : origins.computeIfAbsent(page.path(), path -> origin(page));
      diagnostics.add(
          new Diagnostic(
              display.apply(base.resolve(finding.path())),
              finding.line(),
              finding.column(),
              severity.get(),
              finding.rule(),
              finding.message() + origin));
    }
    Collections.sort(diagnostics);
    return new Report(List.copyOf(diagnostics), htmlFiles.size());
  }

  /** Gives every finding about an element the line and column of that element (or attribute). */
  private static List<Findings.Finding> locate(
      Path base, Map<String, Page> pages, List<Findings.Finding> findings) {
    Map<String, List<Findings.Finding>> byPage = new HashMap<>();
    List<Findings.Finding> located = new ArrayList<>();
    for (Findings.Finding finding : findings) {
      if (finding.element() == null || !pages.containsKey(finding.path())) {
        located.add(finding);
      } else {
        byPage.computeIfAbsent(finding.path(), path -> new ArrayList<>()).add(finding);
      }
    }
    located.addAll(
        byPage.entrySet().parallelStream()
            .flatMap(
                entry ->
                    locateInPage(
                        base, Objects.requireNonNull(pages.get(entry.getKey())), entry.getValue())
                        .stream())
            .toList());
    return located;
  }

  private static List<Findings.Finding> locateInPage(
      Path base, Page page, List<Findings.Finding> findings) {
    List<Element> tracked;
    try {
      tracked =
          Jsoup.parse(
                  Files.readString(base.resolve(page.path())),
                  "",
                  Parser.htmlParser().setTrackPosition(true))
              .getAllElements();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    IdentityHashMap<Element, Integer> index = new IdentityHashMap<>();
    List<Element> elements = page.elements();
    for (int i = 0; i < elements.size(); i++) {
      index.put(elements.get(i), i);
    }
    List<Findings.Finding> located = new ArrayList<>();
    for (Findings.Finding finding : findings) {
      Integer at = index.get(finding.element());
      if (at == null || at >= tracked.size()) {
        located.add(finding.at(0, 0));
        continue;
      }
      Element element = tracked.get(at);
      Range.Position start = element.sourceRange().start();
      String name = finding.attribute();
      Attribute found = name == null ? null : element.attribute(name);
      if (found != null) {
        Range.Position attribute = found.sourceRange().nameRange().start();
        if (attribute.lineNumber() > 0) {
          start = attribute;
        }
      }
      located.add(finding.at(Math.max(start.lineNumber(), 0), Math.max(start.columnNumber(), 0)));
    }
    return located;
  }

  /**
   * Which source file and template a baked page came from, as the layout records them, so a finding
   * says which file to open; empty for pages that do not say.
   */
  private static String origin(Page page) {
    String source = page.metaContent("handbook:source");
    String template = page.metaContent("handbook:template");
    if (source.isEmpty() && template.isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder(" (baked from ");
    text.append(
        source.isEmpty()
            ? "template " + template
            : source + (template.isEmpty() ? "" : " with template " + template));
    return text.append(')').toString();
  }

  private @Nullable Page parse(Path base, String path, List<Diagnostic> unreadable) {
    Path file = base.resolve(path);
    try {
      String html = Files.readString(file);
      Document document = Jsoup.parse(html, "", Parser.htmlParser());
      return Page.of(path, document);
    } catch (IOException | UncheckedIOException e) {
      unreadable.add(
          Diagnostic.error(
              display.apply(file), 0, 0, "unreadable", "cannot read page: " + e.getMessage()));
      return null;
    }
  }

  private static boolean isHtml(String path) {
    return path.endsWith(".html") || path.endsWith(".htm");
  }
}
