package dev.backendhandbook.bake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.backendhandbook.bake.model.Page;
import dev.backendhandbook.bake.model.Section;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;

/**
 * Gives a baked site its search: the lunr library from its WebJar, and an index with one entry per
 * section of every page (and per anchored definition, such as a glossary term), so a result leads
 * to the heading that matched. A JBake rendering tool, registered in {@code
 * META-INF/services/org.jbake.render.RenderingTool}; it reads the handbook model and what
 * converting the pages found, and parses no baked page.
 *
 * <p>The index is a script that sets a global rather than a JSON file, because a page opened from
 * disk cannot {@code fetch} a file beside it, but can load it with a {@code <script>} element. The
 * browser builds the lunr index from it on the first search.
 */
public final class SearchIndexRenderer implements RenderingTool {
  static final String INDEX = "js/search-index.js";
  static final String LIBRARY = "js/lunr.min.js";
  static final String LIBRARY_LICENSE = "js/lunr.LICENSE.txt";

  /** The id of a page's list of links elsewhere, whose words answer nothing: left out. */
  static final String SKIPPED = "further-reading";

  private static final String WEBJAR_POM = "META-INF/maven/org.webjars.npm/lunr/pom.properties";
  private static final String WEBJAR_FILES = "META-INF/resources/webjars/lunr/";
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  /**
   * One search result.
   *
   * @param u the address it leads to, relative to the site root
   * @param p the page's title
   * @param s the title of the page's section, empty for the home page
   * @param h the heading (or term) within the page, empty for the page's opening
   * @param x the words
   */
  record Entry(String u, String p, String s, String h, String x) {}

  @Override
  public int render(Renderer renderer, ContentStore db, JBakeConfiguration config)
      throws RenderingException {
    BakeSession session = BakeSession.of(config);
    try {
      write(session, config.getDestinationFolder().toPath());
    } catch (IOException e) {
      throw new RenderingException("could not write the search index: " + e.getMessage(), e);
    }
    return 1;
  }

  @Override
  @Deprecated
  public int render(
      Renderer renderer,
      ContentStore db,
      File destination,
      File templatesPath,
      CompositeConfiguration config) {
    throw new UnsupportedOperationException("the handbook bakes with a JBakeConfiguration");
  }

  private static void write(BakeSession session, Path site) throws IOException {
    Map<String, String> sectionTitles = new HashMap<>();
    for (Section section : session.model().sections()) {
      sectionTitles.put(section.id(), section.title());
    }
    List<Entry> entries = new ArrayList<>();
    for (Page page : session.model().readingOrder()) {
      Conversion conversion = session.conversion(page);
      if (conversion == null) {
        continue;
      }
      String section = sectionTitles.getOrDefault(page.section(), "");
      String opening = (page.description() + " " + conversion.opening()).strip();
      entries.add(new Entry(page.uri(), page.title(), section, "", opening));
      for (Conversion.SearchSection part : conversion.sections()) {
        entries.add(
            new Entry(
                page.uri() + "#" + part.anchor(),
                page.title(),
                section,
                part.heading(),
                part.text()));
      }
    }
    Path index = site.resolve(INDEX);
    Files.createDirectories(index.getParent());
    Files.writeString(index, script(entries), StandardCharsets.UTF_8);
    String version = webjarVersion();
    copyResource(WEBJAR_FILES + version + "/lunr.min.js", site.resolve(LIBRARY));
    copyResource(WEBJAR_FILES + version + "/LICENSE", site.resolve(LIBRARY_LICENSE));
  }

  /** The index as a script, one entry per line so that a diff of two builds reads well. */
  static String script(List<Entry> entries) throws JsonProcessingException {
    StringBuilder script =
        new StringBuilder(
            "// The handbook's search index, written by the bake: one entry per section of a"
                + " page.\nwindow.handbookSearchIndex = [\n");
    for (int i = 0; i < entries.size(); i++) {
      script.append(JSON.writeValueAsString(entries.get(i)));
      script.append(i + 1 < entries.size() ? ",\n" : "\n");
    }
    return script.append("];\n").toString();
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
    InputStream in = SearchIndexRenderer.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IOException("the search library is missing from the class path: '" + name + "'");
    }
    return in;
  }
}
