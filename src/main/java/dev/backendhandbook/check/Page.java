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
 */
public record Page(String path, Document document, Set<String> ids, List<Reference> references) {

  /** The attributes that point at another resource, by the elements that carry them. */
  private static final String URL_ATTRIBUTES = "[href], [src]";

  public Page {
    ids = Collections.unmodifiableSet(ids);
    references = Collections.unmodifiableList(references);
  }

  static Page of(String path, Document document) {
    Set<String> ids = new HashSet<>();
    for (Element element : document.select("[id]")) {
      ids.add(element.id());
    }
    // HTML also lets <a name> be a fragment target.
    for (Element anchor : document.select("a[name]")) {
      ids.add(anchor.attr("name"));
    }
    List<Reference> references = new ArrayList<>();
    for (Element element : document.select(URL_ATTRIBUTES)) {
      for (String key : List.of("href", "src")) {
        Attribute attribute = element.attribute(key);
        if (attribute != null) {
          references.add(Reference.of(element, attribute));
        }
      }
    }
    return new Page(path, document, ids, references);
  }

  /** The folder the page is in, inside the site: empty for the root, else ending in '/'. */
  public String folder() {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash + 1);
  }
}
