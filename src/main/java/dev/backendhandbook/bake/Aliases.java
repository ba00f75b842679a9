package dev.backendhandbook.bake;

import dev.backendhandbook.bake.model.HandbookModel;
import dev.backendhandbook.bake.model.Page;
import dev.backendhandbook.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * The former addresses of moved pages: for each path a page lists in {@code :page-aliases:}
 * (relative to the content folder, as {@code data/old-name.adoc}), a small page at the old address
 * that sends the reader on, with a refresh (which works from disk too) and a plain link. They are
 * left out of the sitemap and the navigation; the checker follows their links like any other.
 */
final class Aliases {
  private static final Pattern ALIAS =
      Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*(?:/[a-z0-9]+(?:-[a-z0-9]+)*)*\\.adoc");

  private Aliases() {}

  /** Checks every alias, then writes the redirect pages of the good ones into the site. */
  static List<Diagnostic> write(
      SourceLayout layout, Map<Path, SourcePage> pages, HandbookModel model, Path site)
      throws IOException {
    List<Diagnostic> problems = new java.util.ArrayList<>();
    Map<String, String> taken = new HashMap<>();
    for (SourcePage page : pages.values()) {
      taken.put(page.uri(), layout.display(page.file()));
    }
    for (SourcePage page : pages.values()) {
      Page target = model.page(page.uri());
      if (target == null) {
        continue;
      }
      for (String alias : page.header().aliases()) {
        String where = layout.display(page.file());
        int line = page.header().lineOf(PageHeader.ALIASES);
        if (!ALIAS.matcher(alias).matches()) {
          problems.add(
              Diagnostic.error(
                  where,
                  line,
                  1,
                  "header",
                  "page alias '"
                      + alias
                      + "' must be a page path inside the content folder, such as"
                      + " 'data/old-name.adoc'"));
          continue;
        }
        String uri = alias.substring(0, alias.length() - ".adoc".length()) + ".html";
        String owner = taken.putIfAbsent(uri, where);
        if (owner != null) {
          problems.add(
              Diagnostic.error(
                  where,
                  line,
                  1,
                  "header",
                  "page alias '"
                      + alias
                      + "' bakes to '"
                      + uri
                      + "', which '"
                      + owner
                      + "' already uses"));
          continue;
        }
        Path file = site.resolve(uri);
        Files.createDirectories(Objects.requireNonNull(file.getParent()));
        Files.writeString(
            file, redirect(target, relative(uri, target.uri())), StandardCharsets.UTF_8);
      }
    }
    return problems;
  }

  /** The link from the page at {@code from} to the page at {@code to}, both site-relative. */
  static String relative(String from, String to) {
    int depth = (int) from.chars().filter(c -> c == '/').count();
    return "../".repeat(depth) + to;
  }

  private static String redirect(Page target, String href) {
    String title = Entities.escape(target.title());
    String link = Entities.escape(href);
    return "<!DOCTYPE html>\n"
        + "<html lang=\"en\">\n"
        + "<head>\n"
        + "<meta charset=\"utf-8\">\n"
        + "<title>Moved: "
        + title
        + "</title>\n"
        + "<meta name=\"description\" content=\"This page has moved to "
        + title
        + ".\">\n"
        + "<meta name=\"robots\" content=\"noindex\">\n"
        + "<meta http-equiv=\"refresh\" content=\"0; url="
        + link
        + "\">\n"
        + "<link rel=\"canonical\" href=\""
        + link
        + "\">\n"
        + "</head>\n"
        + "<body>\n"
        + "<main>\n"
        + "<h1>This page has moved</h1>\n"
        + "<p>It is now <a href=\""
        + link
        + "\">"
        + title
        + "</a>.</p>\n"
        + "</main>\n"
        + "</body>\n"
        + "</html>\n";
  }
}
