package dev.backendhandbook.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One parsed HTML page of the site.
 *
 * @param path the page's path inside the site, with '/' separators, such as {@code data/sql.html}
 * @param document the page as jsoup parsed it, with source positions
 * @param elements every element of the page in document order, walked once so rules need not
 *     walk the tree again
 * @param ids the ids (and {@code <a name>}s) a fragment can name
 * @param references every URL the page writes
 */
public record Page(String path, Document document, List<Element> elements, Set<String> ids, List<Reference> references) {

  /** The attributes that hold one URL. */
  private static final List<String> URL_ATTRIBUTES = List.of("href", "src", "poster", "data");

  public Page {
    elements = Collections.unmodifiableList(elements);
    ids = Collections.unmodifiableSet(ids);
    references = Collections.unmodifiableList(references);
  }

  /** Reads what rules ask of every page in one walk over the elements. */
  static Page of(String path, Document document) {
    Set<String> ids = new HashSet<>();
    List<Reference> references = new ArrayList<>();
    List<Element> elements = document.getAllElements();
    int slash = path.lastIndexOf('/');
    String folder = slash < 0 ? "" : path.substring(0, slash + 1);
    for (Element element : elements) {
      if (element.attributesSize() == 0) {
        continue;
      }
      String id = element.id();
      if (!id.isEmpty()) {
        ids.add(id);
      }
      // HTML also lets <a name> be a fragment target.
      if (element.nameIs("a") && element.hasAttr("name")) {
        ids.add(element.attr("name"));
      }
      for (String key : URL_ATTRIBUTES) {
        Attribute attribute = element.attribute(key);
        if (attribute != null && (!key.equals("data") || element.nameIs("object"))) {
          references.add(new Reference(element, key, attribute.getValue(), folder));
        }
      }
      Attribute srcset = element.attribute("srcset");
      if (srcset != null) {
        // Each candidate is "URL [descriptor]", separated by commas.
        for (String candidate : srcset.getValue().split(",")) {
          String url = candidate.strip().split("\\s+")[0];
          if (!url.isEmpty()) {
            references.add(new Reference(element, "srcset", url, folder));
          }
        }
      }
    }
    return new Page(path, document, elements, ids, references);
  }

  /** The page's elements with one of these tag names, in document order. */
  public List<Element> elements(String... tags) {
    List<Element> found = new ArrayList<>();
    for (Element element : elements) {
      for (String tag : tags) {
        if (element.nameIs(tag)) {
          found.add(element);
          break;
        }
      }
    }
    return found;
  }

  /** The text of the page's {@code <title>}, trimmed, or empty when there is none. */
  public String title() {
    return document.title().strip();
  }

  /** The folder the page is in, inside the site: empty for the root, else ending in '/'. */
  public String folder() {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash + 1);
  }
}
