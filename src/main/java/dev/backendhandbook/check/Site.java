package dev.backendhandbook.check;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * Everything known about the whole site once every page is parsed: which files and folders
 * exist and which ids each page holds. Rules resolve references against it.
 */
public final class Site {
  private final Path root;
  private final Set<String> files;
  private final Set<String> folders;
  private final Map<String, Page> pages;

  Site(Path root, Set<String> files, Set<String> folders, Map<String, Page> pages) {
    this.root = root;
    this.files = Set.copyOf(files);
    this.folders = Set.copyOf(folders);
    this.pages = Map.copyOf(pages);
  }

  /**
   * Resolves a path written in a page against the page's folder.
   *
   * @return the path inside the site with '/' separators, or null when it climbs above the root
   */
  public static String resolve(Page from, String path) {
    String joined = from.folder() + path;
    java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
    for (String part : joined.split("/", -1)) {
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

  public boolean isFile(String path) {
    return files.contains(path);
  }

  public boolean isFolder(String path) {
    String bare = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    return bare.isEmpty() || folders.contains(bare);
  }

  /** The parsed page at a path, or null when the path is not an HTML page of the site. */
  public Page page(String path) {
    return path == null ? null : pages.get(path);
  }
}
