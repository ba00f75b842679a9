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
import dev.backendhandbook.diagnostic.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
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
 * <p>Two phases ({@link Rule}): every page is parsed once, in parallel, every rule checks it, and
 * only its {@link PageSummary} is kept; then every rule checks what spans pages, against the {@link
 * Site} index of those summaries. So memory grows with the links and ids of the site, not with its
 * parsed pages. Pages are parsed without source positions, which halves the cost of parsing; the
 * few pages with findings are parsed again with positions, and each finding's element is found
 * there by its place in document order (the same text gives the same tree).
 */
public final class Checker {
  private final List<Rule> rules;
  private final Function<Path, String> display;
  private final CheckConfig config;
  private final @Nullable PageMemo memo;

  public Checker(List<Rule> rules, Function<Path, String> display) {
    this(rules, display, CheckConfig.none());
  }

  public Checker(List<Rule> rules, Function<Path, String> display, CheckConfig config) {
    this(rules, display, config, null);
  }

  private Checker(
      List<Rule> rules,
      Function<Path, String> display,
      CheckConfig config,
      @Nullable PageMemo memo) {
    this.rules = List.copyOf(rules);
    this.display = display;
    this.config = config;
    this.memo = memo;
  }

  /**
   * A checker for checking one folder again and again, as serve does after each save: it remembers
   * each page's outcome and parses again only the pages whose bytes changed. A one-time check is
   * better without, since what it remembers grows with the site.
   */
  public Checker remembering() {
    return new Checker(rules, display, config, new PageMemo());
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

  /** Checks the site in {@code root}, a folder. */
  public Report check(Path root) throws IOException {
    Path base = root.toAbsolutePath().normalize();
    List<Diagnostic> problems = Collections.synchronizedList(new ArrayList<>());
    SiteFiles found =
        SiteFiles.walk(base, (path, message) -> problems.add(unreadable(base, path, message)));
    List<String> htmlFiles = found.files().stream().filter(Checker::isHtml).sorted().toList();
    Map<String, String> stylesheets = new ConcurrentHashMap<>();
    found.files().parallelStream()
        .filter(path -> path.endsWith(".css"))
        .forEach(
            path -> {
              String text = stylesheet(base, path, problems);
              if (text != null) {
                stylesheets.put(path, text);
              }
            });
    Site site = new Site(base, found.files(), found.folders(), stylesheets);
    if (memo != null) {
      memo.start(found.files(), found.folders());
    }
    Findings findings = new Findings();
    Map<String, PageSummary> pages =
        htmlFiles.parallelStream()
            .map(path -> checkPage(base, path, site, findings, problems))
            .filter(Objects::nonNull)
            .collect(Collectors.toMap(PageSummary::path, page -> page));
    site.pagesRead(pages);
    if (memo != null) {
      memo.keepOnly(pages.keySet());
    }
    rules.forEach(rule -> rule.checkSite(site, findings));

    List<Diagnostic> diagnostics = new ArrayList<>(problems);
    for (Findings.Finding finding : locate(base, pages, findings.all())) {
      Optional<Severity> severity =
          config.severityOf(finding.rule(), finding.path(), finding.severity());
      if (severity.isEmpty()) {
        continue;
      }
      PageSummary page = pages.get(finding.path());
      String source = page == null ? "" : page.source();
      diagnostics.add(
          new Diagnostic(
              display.apply(base.resolve(finding.path())),
              finding.line(),
              finding.column(),
              severity.get(),
              finding.rule(),
              finding.message() + (page == null ? "" : origin(page)),
              source.isEmpty() ? null : new SourceLocation(source, finding.sourceLine())));
    }
    return new Report(Diagnostic.sorted(diagnostics), htmlFiles.size());
  }

  private Diagnostic unreadable(Path base, String path, String message) {
    return Diagnostic.error(display.apply(base.resolve(path)), 0, 0, "unreadable", message);
  }

  /**
   * Gives every finding about an element the line and column of that element (or attribute), and
   * the source line the bake recorded on it or its nearest ancestor. Each page with findings is
   * parsed again with positions, pages in parallel.
   */
  private static List<Findings.Finding> locate(
      Path base, Map<String, PageSummary> pages, List<Findings.Finding> findings) {
    Map<String, List<Findings.Finding>> byPage = new HashMap<>();
    List<Findings.Finding> located = new ArrayList<>();
    for (Findings.Finding finding : findings) {
      if (finding.element() == Findings.NO_ELEMENT || !pages.containsKey(finding.path())) {
        located.add(finding);
      } else {
        byPage.computeIfAbsent(finding.path(), path -> new ArrayList<>()).add(finding);
      }
    }
    List<List<Findings.Finding>> perPage =
        new ArrayList<>(byPage.entrySet())
            .parallelStream()
                .map(
                    entry ->
                        locateInPage(
                            base,
                            Objects.requireNonNull(pages.get(entry.getKey())),
                            entry.getValue()))
                .toList();
    perPage.forEach(located::addAll);
    return located;
  }

  private static List<Findings.Finding> locateInPage(
      Path base, PageSummary page, List<Findings.Finding> findings) {
    List<Element> tracked;
    try {
      String html = Decoding.again(Files.readAllBytes(base.resolve(page.path())), page.charset());
      tracked = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true)).getAllElements();
    } catch (IOException e) {
      tracked = List.of(); // gone since the first read: the findings keep no position
    }
    List<Findings.Finding> located = new ArrayList<>();
    for (Findings.Finding finding : findings) {
      int at = finding.element();
      if (at >= tracked.size()) {
        located.add(finding.at(0, 0, 0));
        continue;
      }
      Element element = tracked.get(at);
      Range.Position start = element.sourceRange().start();
      String name = finding.attribute();
      Attribute attribute = name == null ? null : element.attribute(name);
      if (attribute != null) {
        Range.Position position = attribute.sourceRange().nameRange().start();
        if (position.lineNumber() > 0) {
          start = position;
        }
      }
      located.add(
          finding.at(
              Math.max(start.lineNumber(), 0),
              Math.max(start.columnNumber(), 0),
              sourceLine(element)));
    }
    return located;
  }

  /** The source line the bake wrote on the element or its nearest ancestor, or 0. */
  private static int sourceLine(Element element) {
    for (Element at = element; at != null; at = at.parent()) {
      String line = at.attr(SiteContract.SOURCE_LINE);
      if (!line.isEmpty()) {
        try {
          return Math.max(Integer.parseInt(line.strip()), 0);
        } catch (NumberFormatException e) {
          return 0;
        }
      }
    }
    return 0;
  }

  /**
   * Which source file and template a baked page came from, as the layout records them, so a finding
   * says which file to open; empty for pages that do not say.
   */
  private static String origin(PageSummary page) {
    String source = page.source();
    String template = page.template();
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

  /** Parses one page, runs every rule's check of it, and keeps its summary. */
  private @Nullable PageSummary checkPage(
      Path base, String path, Site site, Findings findings, List<Diagnostic> problems) {
    Path file = base.resolve(path);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      problems.add(unreadable(base, path, "cannot read page: " + SiteFiles.describe(e)));
      return null;
    }
    String digest = memo == null ? "" : PageMemo.digest(bytes);
    PageMemo.Entry known = memo == null ? null : memo.lookup(path, digest);
    if (known != null) {
      problems.addAll(known.read());
      findings.addAll(known.findings());
      return known.summary();
    }
    List<Diagnostic> read = new ArrayList<>();
    Decoding.Decoded decoded = Decoding.page(bytes);
    report(base, path, decoded, read);
    Document document = Jsoup.parse(decoded.text(), "", Parser.htmlParser());
    Page page = Page.of(path, document, decoded.charset());
    Findings own = new Findings();
    if (!config.ignores(path)) {
      rules.forEach(rule -> rule.check(page, site, own));
    }
    PageSummary summary = page.summary();
    if (memo != null) {
      memo.remember(path, new PageMemo.Entry(digest, summary, own.all(), List.copyOf(read)));
    }
    problems.addAll(read);
    findings.addAll(own.all());
    return summary;
  }

  private @Nullable String stylesheet(Path base, String path, List<Diagnostic> problems) {
    try {
      Decoding.Decoded decoded = Decoding.stylesheet(Files.readAllBytes(base.resolve(path)));
      report(base, path, decoded, problems);
      return decoded.text();
    } catch (IOException e) {
      problems.add(unreadable(base, path, "cannot read stylesheet: " + SiteFiles.describe(e)));
      return null;
    }
  }

  private void report(Path base, String path, Decoding.Decoded decoded, List<Diagnostic> problems) {
    Decoding.Problem problem = decoded.problem();
    if (problem != null) {
      problems.add(
          Diagnostic.error(
              display.apply(base.resolve(path)),
              problem.line(),
              problem.column(),
              "encoding",
              problem.message()));
    }
  }

  /** HTML pages by their extension, in any case: {@code PAGE.HTML} is a page too. */
  private static boolean isHtml(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    return lower.endsWith(".html") || lower.endsWith(".htm");
  }
}
