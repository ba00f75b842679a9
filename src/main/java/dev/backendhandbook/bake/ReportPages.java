package dev.backendhandbook.bake;

import dev.backendhandbook.bake.model.HandbookModel;
import dev.backendhandbook.bake.model.Link;
import dev.backendhandbook.check.SiteContract;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Publishes the Maven Site reports as pages of the handbook: each report's content is taken out of
 * the Maven skin's page and rendered inside the handbook's own layout by {@code report.ftlh}, so
 * the reports share the site's stylesheet, navigation, themes and Content Security Policy. The
 * skin's stylesheets and scripts are left behind.
 *
 * <p>The reports' markup is made to meet the handbook's conventions on the way (HTML Living
 * Standard, WCAG 2.2): obsolete presentational attributes, inline styles and scripts go (the CSP
 * would block them), {@code javascript:} links become plain text, an image without {@code alt} gets
 * its title, what a known status icon means, or an empty one, the empty anchors Doxia writes as
 * link targets give their id to the element they stand before, and a page keeps one {@code <h1>}.
 */
final class ReportPages {
  /** The Maven skin's own folders: the handbook's stylesheet and scripts replace them. */
  private static final Set<String> SKIN_FOLDERS = Set.of("css", "js", "fonts", "img");

  /** What the status icons of the Surefire report say: each is often a link's only content. */
  private static final Map<String, String> ICONS =
      Map.of(
          "icon_success_sml.gif", "Passed",
          "icon_error_sml.gif", "Error",
          "icon_warning_sml.gif", "Failed",
          "icon_info_sml.gif", "Skipped");

  private static final List<String> PRESENTATIONAL =
      List.of(
          "align",
          "border",
          "cellpadding",
          "cellspacing",
          "width",
          "height",
          "valign",
          "bgcolor",
          "style",
          "target",
          "onclick",
          "name");

  private ReportPages() {}

  /** One report page, read and cleaned, before it is rendered. */
  private record Report(Path relative, String title, String body) {
    String uri() {
      return "project/" + relative.toString().replace('\\', '/');
    }
  }

  /**
   * Writes every report of {@code reports} under {@code target}, the HTML pages through the
   * handbook's layout, each listing all the reports, and every other file as it is.
   */
  static void publish(
      Path reports, Path target, Path templates, HandbookModel model, Map<String, Object> config)
      throws IOException {
    Configuration freemarker = HandbookTemplateEngine.freemarker(templates.toFile());
    Template template = freemarker.getTemplate(SiteContract.REPORT_TEMPLATE);
    List<Report> pages = new ArrayList<>();
    try (Stream<Path> files = Files.walk(reports)) {
      for (Path file : files.sorted().toList()) {
        Path relative = reports.relativize(file);
        if (relative.getNameCount() > 0 && SKIN_FOLDERS.contains(relative.getName(0).toString())) {
          continue;
        }
        Path to = target.resolve(relative.toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(to);
        } else if (file.toString().endsWith(".html")) {
          pages.add(read(file, relative));
        } else {
          Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    List<Link> links = pages.stream().map(page -> new Link(page.title(), page.uri())).toList();
    for (Report page : pages) {
      Files.writeString(
          target.resolve(page.relative().toString()),
          render(template, page, links, model, config),
          StandardCharsets.UTF_8);
    }
  }

  private static Report read(Path file, Path relative) throws IOException {
    Document report = Jsoup.parse(file.toFile(), "UTF-8");
    Element body = content(report);
    clean(body);
    // Doxia titles a report "<report> – <project>"; the first heading is the fallback.
    String title = report.title().replaceFirst(" – [^–]*$", "").strip();
    Element heading = body.selectFirst("h1, h2");
    if (title.isEmpty() && heading != null) {
      title = heading.text();
    }
    return new Report(relative, title, body.html());
  }

  private static String render(
      Template template,
      Report page,
      List<Link> reports,
      HandbookModel model,
      Map<String, Object> config)
      throws IOException {
    Map<String, Object> content = new HashMap<>();
    content.put("title", page.title());
    content.put("uri", page.uri());
    content.put("rootpath", "../".repeat(page.relative().getNameCount()));
    Map<String, Object> data = new HashMap<>();
    data.put("config", config);
    data.put("content", content);
    data.put("handbook", model);
    data.put("report", Map.of("title", page.title(), "body", page.body(), "all", reports));
    StringWriter out = new StringWriter();
    try {
      template.process(data, out);
    } catch (TemplateException e) {
      throw new IOException("report.ftlh failed on " + page.relative() + ": " + e.getMessage(), e);
    }
    return out.toString();
  }

  /** The report's own content, without the skin's banner, menus and footer. */
  private static Element content(Document report) {
    for (String selector : List.of("#bodyColumn", "main", "#contentBox", "body")) {
      Element found = report.selectFirst(selector);
      if (found != null) {
        return found;
      }
    }
    return Objects.requireNonNull(report.body());
  }

  private static void clean(Element body) {
    body.select("script, style, link, noscript").remove();
    for (Element anchor : body.select("a:not([href])")) {
      String id = anchor.id().isEmpty() ? anchor.attr("name") : anchor.id();
      Element next = anchor.nextElementSibling();
      if (anchor.childNodeSize() == 0 && next != null && next.id().isEmpty() && !id.isEmpty()) {
        next.id(id);
        anchor.remove();
      } else if (anchor.childNodeSize() == 0 && id.isEmpty()) {
        anchor.remove();
      } else {
        anchor.tagName("span");
        anchor.id(id);
      }
    }
    for (Element link : body.select("a[href^=javascript:]")) {
      link.tagName("span").removeAttr("href");
    }
    for (Element image : body.select("img:not([alt])")) {
      String file = image.attr("src").replaceFirst("^.*/", "");
      image.attr(
          "alt", image.hasAttr("title") ? image.attr("title") : ICONS.getOrDefault(file, ""));
    }
    // Doxia gives each top-level section of a report an <h1>; a page has one, so the headings of
    // the sections after the first move one level down.
    Elements titled = body.select("h1");
    for (Element later : titled.subList(Math.min(1, titled.size()), titled.size())) {
      Element section = later.parent();
      Elements headings =
          section != null && section.nameIs("section")
              ? section.select("h1, h2, h3, h4, h5")
              : new Elements(later);
      for (Element heading : headings) {
        heading.tagName("h" + (heading.tagName().charAt(1) - '0' + 1));
      }
    }
    Elements all = body.getAllElements();
    for (Element element : all) {
      for (String attribute : PRESENTATIONAL) {
        if (!(attribute.equals("name") && element.is("input, select, textarea, meta"))) {
          element.removeAttr(attribute);
        }
      }
    }
  }
}
