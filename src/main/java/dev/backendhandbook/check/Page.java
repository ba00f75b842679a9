package dev.backendhandbook.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * One parsed HTML page of the site.
 *
 * @param path the page's path inside the site, with '/' separators, such as {@code data/sql.html}
 * @param document the page as jsoup parsed it, with source positions
 * @param elements every element of the page in document order, walked once so rules need not walk
 *     the tree again
 * @param ids the ids (and {@code <a name>}s) a fragment can name
 * @param references every URL the page writes
 * @param byTag the elements grouped by tag name, each group in document order, since several rules
 *     ask for the elements of one tag
 */
public record Page(
    String path,
    Document document,
    List<Element> elements,
    Set<String> ids,
    List<Reference> references,
    Map<String, List<Element>> byTag) {

  public Page {
    elements = Collections.unmodifiableList(elements);
    ids = Collections.unmodifiableSet(ids);
    references = Collections.unmodifiableList(references);
    byTag = Collections.unmodifiableMap(byTag);
  }

  private static final Pattern COMMA = Pattern.compile(",");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** Reads what rules ask of every page in one walk over the elements and their attributes. */
  static Page of(String path, Document document) {
    Set<String> ids = new HashSet<>();
    List<Reference> references = new ArrayList<>();
    List<Element> elements = document.getAllElements();
    String folder = folderOf(path);
    Map<String, List<Element>> byTag = new HashMap<>();
    for (Element element : elements) {
      byTag.computeIfAbsent(element.normalName(), name -> new ArrayList<>()).add(element);
      if (element.attributesSize() == 0) {
        continue;
      }
      // jsoup's HTML parser lower-cases attribute names, so they compare as written here.
      for (Attribute attribute : element.attributes()) {
        String value = attribute.getValue();
        switch (attribute.getKey()) {
          case "id" -> {
            if (!value.isEmpty()) {
              ids.add(value);
            }
          }
          // HTML also lets <a name> be a fragment target.
          case "name" -> {
            if (element.nameIs("a")) {
              ids.add(value);
            }
          }
          case "href", "src", "poster" ->
              references.add(new Reference(element, attribute.getKey(), value, folder));
          case "data" -> {
            if (element.nameIs("object")) {
              references.add(new Reference(element, "data", value, folder));
            }
          }
          // Each candidate is "URL [descriptor]", separated by commas.
          case "srcset" -> {
            for (String candidate : COMMA.split(value, -1)) {
              String url = WHITESPACE.split(candidate.strip(), -1)[0];
              if (!url.isEmpty()) {
                references.add(new Reference(element, "srcset", url, folder));
              }
            }
          }
          default -> {}
        }
      }
    }
    return new Page(path, document, elements, ids, references, byTag);
  }

  /** The page's elements with one of these tag names, in document order. */
  public List<Element> elements(String... tags) {
    if (tags.length == 1) {
      return Collections.unmodifiableList(byTag.getOrDefault(tags[0], List.of()));
    }
    Set<String> names = Set.of(tags);
    List<Element> found = new ArrayList<>();
    for (Element element : elements) {
      if (names.contains(element.normalName())) {
        found.add(element);
      }
    }
    return found;
  }

  /** The first {@code <meta name="…">} of that name, or null when the page has none. */
  public @Nullable Element meta(String name) {
    for (Element meta : elements("meta")) {
      if (meta.attr("name").equals(name)) {
        return meta;
      }
    }
    return null;
  }

  /** The content of the first {@code <meta name="…">} of that name, or empty when there is none. */
  public String metaContent(String name) {
    Element meta = meta(name);
    return meta == null ? "" : meta.attr("content");
  }

  /** The first element of this tag name, or null when the page has none. */
  public @Nullable Element first(String tag) {
    List<Element> found = byTag.get(tag);
    return found == null ? null : found.get(0);
  }

  /** The text of the page's {@code <title>}, trimmed, or empty when there is none. */
  public String title() {
    return document.title().strip();
  }

  /** The folder the page is in, inside the site: empty for the root, else ending in '/'. */
  public String folder() {
    return folderOf(path);
  }

  private static String folderOf(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash + 1);
  }
}
