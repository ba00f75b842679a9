package dev.backendhandbook.editions;

import dev.backendhandbook.bake.SourceLayout;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Gives every page of the handbook its own id namespace inside the single document the PDF and the
 * EPUB are made from, and turns links between pages into links inside that document.
 *
 * <p>On the site each page is its own HTML file, so two pages may both have a {@code
 * [#further-reading]}; in one document they would clash. Every page gets an anchor of its own (its
 * path in the content folder, with {@code _} for {@code /} and no extension: {@code
 * data_databases}), and each of its ids is prefixed with that anchor and {@code _}. A cross-page
 * {@code xref:../data/databases.adoc#acid[…]} then becomes {@code xref:data_databases_acid[…]}, an
 * internal reference Asciidoctor resolves within the book. Only word characters and single hyphens
 * are used, since the EPUB converter applies AsciiDoc's replacements to a reference ({@code --}
 * would become a dash). Page file names are lower-case words joined by hyphens (the bake refuses
 * others), so no two pages share an anchor; an id that still clashed would be reported by
 * Asciidoctor as a duplicate.
 */
final class BookAnchors {
  /** An explicit block id, {@code [#id]}, {@code [#id.role]} or {@code [#id,…]}, as pages write. */
  private static final Pattern BLOCK_ID = Pattern.compile("^\\[#([\\w-]+)");

  /** The target of an {@code xref:} macro, up to its text in brackets. */
  private static final Pattern XREF = Pattern.compile("xref:([^\\[\\s]*)\\[");

  /** A cross reference in its short form, {@code <<id>>} or {@code <<page.adoc#id,text>>}. */
  private static final Pattern SHORT_XREF = Pattern.compile("<<([^,>\\s]+)(,[^>]*)?>>");

  private static final Pattern ASCIIDOC_FILE =
      Pattern.compile("(.*)\\.(?:" + String.join("|", SourceLayout.ASCIIDOC) + ")");

  /** Between a page's anchor and each of its ids. */
  static final String SEPARATOR = "_";

  private final Set<String> pages;

  /**
   * @param pages the anchors of the pages in the book; a link to any other is reported
   */
  BookAnchors(Set<String> pages) {
    this.pages = Set.copyOf(pages);
  }

  /** The anchor of a page, from its path relative to the content folder. */
  static String of(String relative) {
    Matcher file = ASCIIDOC_FILE.matcher(relative);
    String base = file.matches() ? file.group(1) : relative;
    return base.replace('/', '_');
  }

  /** A line of a page, rewritten: what a link in it names that the book lacks goes in missing. */
  String rewrite(String relative, String line, List<String> missing) {
    String anchor = of(relative);
    Matcher id = BLOCK_ID.matcher(line);
    String text =
        id.find() ? "[#" + anchor + SEPARATOR + id.group(1) + line.substring(id.end()) : line;
    Matcher xref = XREF.matcher(text);
    StringBuilder rewritten = new StringBuilder();
    while (xref.find()) {
      String target = target(relative, xref.group(1));
      if (target == null) {
        missing.add(xref.group(1));
        target = xref.group(1);
      }
      xref.appendReplacement(rewritten, Matcher.quoteReplacement("xref:" + target + "["));
    }
    xref.appendTail(rewritten);
    Matcher shortXref = SHORT_XREF.matcher(rewritten.toString());
    StringBuilder shortened = new StringBuilder();
    while (shortXref.find()) {
      String target = target(relative, shortXref.group(1));
      if (target == null) {
        missing.add(shortXref.group(1));
        target = shortXref.group(1);
      }
      String label = shortXref.group(2) == null ? "" : shortXref.group(2);
      shortXref.appendReplacement(
          shortened, Matcher.quoteReplacement("<<" + target + label + ">>"));
    }
    shortXref.appendTail(shortened);
    return shortened.toString();
  }

  /** The book's id for an xref target written on the page at {@code relative}, or null. */
  private @Nullable String target(String relative, String written) {
    int hash = written.indexOf('#');
    String path = hash < 0 ? written : written.substring(0, hash);
    String fragment = hash < 0 ? "" : written.substring(hash + 1);
    String page;
    if (path.isEmpty()) {
      page = of(relative);
    } else if (ASCIIDOC_FILE.matcher(path).matches()) {
      String resolved = resolve(relative, path);
      if (resolved == null) {
        return null;
      }
      page = of(resolved);
    } else {
      // xref:some-id[] names an id on the same page.
      page = of(relative);
      fragment = path;
    }
    if (!pages.contains(page)) {
      return null;
    }
    return fragment.isEmpty() ? page : page + SEPARATOR + fragment;
  }

  /** The path of {@code link} seen from the page at {@code relative}, or null above the root. */
  private static @Nullable String resolve(String relative, String link) {
    Path resolved = Path.of(relative).resolveSibling(link).normalize();
    String path = resolved.toString().replace('\\', '/');
    return path.equals("..") || path.startsWith("../") ? null : path;
  }
}
