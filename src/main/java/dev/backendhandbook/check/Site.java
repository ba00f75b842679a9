package dev.backendhandbook.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What is known about the whole site: which files and folders exist (from the start), and once
 * every page is read ({@link Rule#checkSite}), each page's {@link PageSummary}, which titles are
 * used where, and which pages can be reached from the home page. Rules resolve references against
 * it; what spans pages is computed once, on first use.
 */
public final class Site {
  private static final String PAGES_BY_TITLE = "site:pages-by-title";
  private static final String REACHABLE = "site:reachable-from-index";

  private final Path root;
  private final Set<String> files;
  private final Set<String> folders;
  private final Map<String, String> stylesheets;
  private final Map<Object, Object> derived = new ConcurrentHashMap<>();
  private volatile @Nullable Map<String, PageSummary> pages;

  Site(Path root, Set<String> files, Set<String> folders, Map<String, String> stylesheets) {
    this.root = root;
    this.files = Set.copyOf(files);
    this.folders = Set.copyOf(folders);
    this.stylesheets = Map.copyOf(stylesheets);
  }

  /** Called by the checker once every page is read, before any rule's {@link Rule#checkSite}. */
  void pagesRead(Map<String, PageSummary> summaries) {
    this.pages = Map.copyOf(summaries);
  }

  private Map<String, PageSummary> byPath() {
    Map<String, PageSummary> read = pages;
    if (read == null) {
      throw new IllegalStateException(
          "the site's pages are known only once every page is read: ask in Rule.checkSite");
    }
    return read;
  }

  /**
   * Resolves a path written in a page against a folder of the site ("" or ending in '/').
   *
   * @return the path inside the site with '/' separators, or null when it climbs above the root
   */
  public static @Nullable String resolve(String folder, String path) {
    // Most links are "name.html" or "../section/name.html": no need to split those into parts.
    String rest = path;
    String base = folder;
    while (rest.startsWith("../") && !base.isEmpty()) {
      rest = rest.substring(3);
      base = base.substring(0, base.lastIndexOf('/', base.length() - 2) + 1);
    }
    if (!hasDotSegment(rest)) {
      return base + rest;
    }
    ArrayDeque<String> parts = new ArrayDeque<>();
    for (String part : (folder + path).split("/", -1)) {
      if (part.equals("..")) {
        if (parts.isEmpty()) {
          return null;
        }
        parts.removeLast();
      } else if (!part.equals(".")) {
        parts.addLast(part);
      }
    }
    return String.join("/", parts);
  }

  private static boolean hasDotSegment(String path) {
    return path.equals(".")
        || path.equals("..")
        || path.startsWith("./")
        || path.startsWith("../")
        || path.contains("/./")
        || path.contains("/../")
        || path.endsWith("/.")
        || path.endsWith("/..");
  }

  public boolean isFile(String path) {
    return files.contains(path);
  }

  public boolean isFolder(String path) {
    String bare = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    return bare.isEmpty() || folders.contains(bare);
  }

  /** Every file of the site, pages or not, by path. */
  public Set<String> files() {
    return files;
  }

  /** The page at a path, or null when the path is not an HTML page of the site. */
  public @Nullable PageSummary page(@Nullable String path) {
    return path == null ? null : byPath().get(path);
  }

  /**
   * The page a host answers a target with: the page itself, or for a folder ({@code guide/}, {@code
   * guide} or the root) the folder's {@code index.html}; null when there is none.
   */
  public @Nullable PageSummary pageAt(@Nullable String target) {
    if (target == null) {
      return null;
    }
    Map<String, PageSummary> all = byPath();
    PageSummary page = all.get(target);
    if (page != null) {
      return page;
    }
    if (target.isEmpty() || target.endsWith("/")) {
      return all.get(target + SiteContract.INDEX);
    }
    return isFolder(target) ? all.get(target + "/" + SiteContract.INDEX) : null;
  }

  /** The site's stylesheets and their text, by path. */
  public Map<String, String> stylesheets() {
    return stylesheets;
  }

  /** Every page of the site, in no particular order. */
  public Collection<PageSummary> pages() {
    return byPath().values();
  }

  /**
   * The text of a file of the site, for rules about files that are not HTML pages, read as UTF-8
   * (with U+FFFD for bytes that are not); null when it cannot be read.
   */
  public @Nullable String text(String path) {
    try {
      return new String(Files.readAllBytes(root.resolve(path)), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * A value derived from the whole site, computed once by the first rule that asks, so a rule about
   * the site costs once per site rather than once per page.
   *
   * @param key identifies the value; a rule's own class, or a record of it, is a good key
   */
  @SuppressWarnings("unchecked")
  public <T> T derived(Object key, Supplier<T> compute) {
    return (T) derived.computeIfAbsent(key, k -> compute.get());
  }

  /** The pages whose title is {@code title}, sorted. */
  public List<String> pagesTitled(String title) {
    return derived(PAGES_BY_TITLE, this::pagesByTitle).getOrDefault(title, List.of());
  }

  /** True when a reader starting at {@code index.html} can reach the page by following links. */
  public boolean isReachable(String path) {
    return derived(REACHABLE, this::reachableFromIndex).contains(path);
  }

  private Map<String, List<String>> pagesByTitle() {
    Map<String, List<String>> byTitle = new HashMap<>();
    for (PageSummary page : byPath().values()) {
      byTitle.computeIfAbsent(page.title(), t -> new ArrayList<>()).add(page.path());
    }
    byTitle.values().forEach(list -> list.sort(null));
    return byTitle;
  }

  private Set<String> reachableFromIndex() {
    Set<String> reachable = new HashSet<>();
    ArrayDeque<String> next = new ArrayDeque<>(List.of(SiteContract.INDEX));
    while (!next.isEmpty()) {
      String current = next.removeFirst();
      PageSummary page = byPath().get(current);
      if (page == null || !reachable.add(current)) {
        continue;
      }
      for (Reference reference : page.references()) {
        PageSummary target = pageAt(reference.target()); // a folder leads to its index.html
        if (target != null && !reachable.contains(target.path())) {
          next.add(target.path());
        }
      }
    }
    return reachable;
  }
}
