package dev.backendhandbook.check;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * One parsed HTML page of the site, while its own rules run; what outlives that is its {@link
 * #summary()}.
 *
 * @param path the page's path inside the site, with '/' separators, such as {@code data/sql.html}
 * @param document the page as jsoup parsed it, without source positions
 * @param charset the encoding the page was read in
 * @param elements every element of the page in document order, walked once so rules need not walk
 *     the tree again
 * @param ids the ids (and {@code <a name>}s) a fragment can name
 * @param references every URL the page writes
 * @param byTag the elements grouped by tag name, each group in document order, since several rules
 *     ask for the elements of one tag
 * @param redirect the URL the page sends the reader to at once with {@code <meta
 *     http-equiv="refresh">}, or null for a page that is not a redirect
 */
public record Page(
    String path,
    Document document,
    Charset charset,
    List<Element> elements,
    Set<String> ids,
    List<Reference> references,
    Map<String, List<Element>> byTag,
    @Nullable Reference redirect) {
  private static final Evaluator SITE_NAVIGATION = QueryParser.parse(SiteContract.SITE_NAVIGATION);

  public Page {
    elements = Collections.unmodifiableList(elements);
    ids = Collections.unmodifiableSet(ids);
    references = Collections.unmodifiableList(references);
    byTag = Collections.unmodifiableMap(byTag);
  }

  /** Reads what rules ask of every page in one walk over the elements and their attributes. */
  static Page of(String path, Document document, Charset charset) {
    Set<String> ids = new HashSet<>();
    List<Reference> references = new ArrayList<>();
    List<Element> elements = document.getAllElements();
    @Nullable String folder = baseFolder(path, elements);
    Map<String, List<Element>> byTag = new HashMap<>();
    Reference redirect = null;
    for (int at = 0; at < elements.size(); at++) {
      Element element = elements.get(at);
      byTag.computeIfAbsent(element.normalName(), name -> new ArrayList<>()).add(element);
      if (element.attributesSize() == 0) {
        continue;
      }
      // jsoup's HTML parser lower-cases attribute names, so they compare as written here.
      for (Attribute attribute : element.attributes()) {
        String value = attribute.getValue();
        String key = attribute.getKey();
        switch (key) {
          case "id" -> {
            if (!value.isEmpty()) {
              ids.add(value);
            }
          }
          // HTML also lets <a name> be a fragment target, and usemap names a <map name>.
          case "name" -> {
            if (element.nameIs("a") || element.nameIs("map")) {
              ids.add(value);
            }
          }
          // <base href> is not a link: it says where the page's relative links start.
          case "href" -> {
            if (!element.nameIs("base")) {
              references.add(reference(at, element, key, value, folder));
            }
          }
          case "src", "poster", "cite", "usemap" ->
              references.add(reference(at, element, key, value, folder));
          case "data" -> {
            if (element.nameIs("object")) {
              references.add(reference(at, element, key, value, folder));
            }
          }
          case "srcset" -> {
            for (String url : HtmlUrls.srcset(value)) {
              references.add(reference(at, element, key, url, folder));
            }
          }
          case "content" -> {
            String refresh = isRefresh(element) ? HtmlUrls.refreshUrl(value) : null;
            if (refresh != null) {
              Reference reference = reference(at, element, key, refresh, folder);
              references.add(reference);
              redirect = redirect == null ? reference : redirect;
            }
          }
          default -> {}
        }
      }
    }
    return new Page(path, document, charset, elements, ids, references, byTag, redirect);
  }

  private static Reference reference(
      int at, Element element, String attribute, String url, @Nullable String folder) {
    return new Reference(
        at, element.normalName(), element.closest(SITE_NAVIGATION) != null, attribute, url, folder);
  }

  private static boolean isRefresh(Element element) {
    return element.nameIs("meta") && element.attr("http-equiv").equalsIgnoreCase("refresh");
  }

  /**
   * The folder the page's relative URLs resolve against: its own, or the one its first {@code <base
   * href>} names (HTML: the document base URL); null when that is on another host.
   */
  private static @Nullable String baseFolder(String path, List<Element> elements) {
    String own = Urls.folderOf(path);
    for (Element element : elements) {
      if (element.nameIs("base") && element.hasAttr("href")) {
        Reference base = reference(-1, element, "href", element.attr("href"), own);
        if (base.isExternal()) {
          return null;
        }
        String target = base.path().isEmpty() ? own : base.target();
        return target == null ? own : Urls.folderOf(target);
      }
    }
    return own;
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

  /**
   * The place of an element of this page among its {@link #elements()}, by identity; -1 for null or
   * an element of another tree.
   */
  public int indexOf(@Nullable Element element) {
    return elements.indexOf(element); // jsoup's nodes are equal only to themselves
  }

  /** What the checker keeps of the page once its own rules have run: no tree, no elements. */
  PageSummary summary() {
    Element source = meta(SiteContract.SOURCE_META);
    return new PageSummary(
        path,
        charset,
        title(),
        ids,
        references,
        redirect,
        indexOf(first("html")),
        indexOf(document.body()),
        indexOf(first("title")),
        source == null ? "" : source.attr("content"),
        indexOf(source),
        metaContent(SiteContract.TEMPLATE_META),
        document.selectFirst(SITE_NAVIGATION) != null);
  }

  /** The folder the page is in, inside the site: empty for the root, else ending in '/'. */
  public String folder() {
    return Urls.folderOf(path);
  }
}
