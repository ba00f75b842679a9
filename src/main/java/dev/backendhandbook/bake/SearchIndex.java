package dev.backendhandbook.bake;

import dev.backendhandbook.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Gives a baked site its search: the lunr library from its WebJar, and an index of every page baked
 * from AsciiDoc, one entry per section (and per anchored definition, such as a glossary term) so a
 * result can lead to the heading that matched.
 *
 * <p>The index is a script that sets a global rather than a JSON file, because a page opened from
 * disk cannot {@code fetch} a file beside it, but can load it with a {@code <script>} element. The
 * browser builds the lunr index from it on the first search.
 */
final class SearchIndex {
  static final String INDEX = "js/search-index.js";
  static final String LIBRARY = "js/lunr.min.js";
  static final String LIBRARY_LICENSE = "js/lunr.LICENSE.txt";

  /** Lists of links elsewhere: their words would crowd the results without answering anything. */
  private static final String FURTHER_READING = "further-reading";

  private static final String WEBJAR_POM = "META-INF/maven/org.webjars.npm/lunr/pom.properties";
  private static final String WEBJAR_FILES = "META-INF/resources/webjars/lunr/";

  private SearchIndex() {}

  /**
   * Writes the index of the pages under {@code site}, and the library it needs, into {@code site}.
   */
  static void write(Path site) throws IOException {
    List<String> entries = new ArrayList<>();
    try (Stream<Path> files = Files.walk(site)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
        String url = site.relativize(file).toString().replace('\\', '/');
        entries.addAll(entries(Jsoup.parse(file, "UTF-8"), url));
      }
    }
    Files.createDirectories(site.resolve(INDEX).getParent());
    Files.writeString(
        site.resolve(INDEX),
        "// The handbook's search index, written by the bake: one entry per section of a page.\n"
            + "window.handbookSearchIndex = [\n"
            + String.join(",\n", entries)
            + "\n];\n",
        StandardCharsets.UTF_8);
    String version = webjarVersion();
    copyResource(WEBJAR_FILES + version + "/lunr.min.js", site.resolve(LIBRARY));
    copyResource(WEBJAR_FILES + version + "/LICENSE", site.resolve(LIBRARY_LICENSE));
  }

  /**
   * The entries of one page: its opening, then each top-level section; none for generated pages.
   */
  private static List<String> entries(Document page, String url) {
    Element body = page.selectFirst("main .page-body");
    Element title = page.selectFirst("main h1");
    if (page.selectFirst("meta[name=handbook:source]") == null || body == null || title == null) {
      return List.of();
    }
    List<String> entries = new ArrayList<>();
    Element description = page.selectFirst("meta[name=description]");
    Element preamble = body.selectFirst("#preamble");
    List<Element> sections = body.select("> .sect1");
    String opening =
        (description == null ? "" : description.attr("content"))
            + " "
            + (sections.isEmpty() ? body.text() : preamble == null ? "" : preamble.text());
    entries.add(entry(url, title.text(), "", opening.strip()));
    for (Element section : sections) {
      Element heading = section.selectFirst("> h2[id]");
      Element text = section.selectFirst("> .sectionbody");
      if (heading == null || text == null || heading.id().equals(FURTHER_READING)) {
        continue;
      }
      // A definition list with its own anchor, as each glossary entry is, is a result of its own.
      for (Element term : text.select("div.dlist[id]")) {
        Element name = term.selectFirst("dt");
        if (name != null) {
          entries.add(
              entry(url + "#" + term.id(), title.text(), name.text(), term.select("dd").text()));
          term.remove();
        }
      }
      if (!text.text().isBlank()) {
        entries.add(entry(url + "#" + heading.id(), title.text(), heading.text(), text.text()));
      }
    }
    return entries;
  }

  private static String entry(String url, String page, String heading, String text) {
    return "{\"u\": "
        + Json.string(url)
        + ", \"p\": "
        + Json.string(page)
        + ", \"h\": "
        + Json.string(heading)
        + ", \"x\": "
        + Json.string(text)
        + "}";
  }

  /** The version of the lunr WebJar on the class path, so the pom alone decides it. */
  private static String webjarVersion() throws IOException {
    Properties pom = new Properties();
    try (InputStream in = resource(WEBJAR_POM)) {
      pom.load(in);
    }
    return pom.getProperty("version");
  }

  private static void copyResource(String name, Path target) throws IOException {
    try (InputStream in = resource(name)) {
      Files.copy(in, target);
    }
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = SearchIndex.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IOException("the search library is missing from the class path: '" + name + "'");
    }
    return in;
  }
}
