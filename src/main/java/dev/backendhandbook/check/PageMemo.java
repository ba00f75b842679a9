package dev.backendhandbook.check;

import dev.backendhandbook.diagnostic.Diagnostic;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * What one checker learnt of each page in its last check, for the next check of the same folder
 * (serve checks after every save, and a save changes one page): a page whose bytes are the same, in
 * a site with the same files and folders, has the same summary and the same findings of the rules
 * about it alone, so it is not parsed again. What spans pages is always checked anew.
 */
final class PageMemo {
  /** One page's outcome, by the SHA-256 of its bytes. */
  record Entry(
      String digest, PageSummary summary, List<Findings.Finding> findings, List<Diagnostic> read) {}

  private final Map<String, Entry> pages = new ConcurrentHashMap<>();
  private Set<String> files = Set.of();
  private Set<String> folders = Set.of();

  /**
   * Starts a check of a site with these files and folders: a page's own rules ask which files
   * exist, so a file added or removed anywhere forgets every page.
   */
  synchronized void start(Set<String> siteFiles, Set<String> siteFolders) {
    if (!siteFiles.equals(files) || !siteFolders.equals(folders)) {
      pages.clear();
      files = Set.copyOf(siteFiles);
      folders = Set.copyOf(siteFolders);
    }
  }

  /** The page's outcome last time, or null when it was not checked or its bytes changed. */
  @Nullable Entry lookup(String path, String digest) {
    Entry entry = pages.get(path);
    return entry != null && entry.digest().equals(digest) ? entry : null;
  }

  void remember(String path, Entry entry) {
    pages.put(path, entry);
  }

  /** Forgets the pages this check did not find. */
  void keepOnly(Set<String> paths) {
    pages.keySet().retainAll(paths);
  }

  /** The SHA-256 of a page's bytes, in hexadecimal. */
  static String digest(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
