package dev.backendhandbook.check;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the checker keeps of a page once the rules about the page alone have run: what other pages'
 * links are resolved against, and the places of the few elements a rule about the whole site
 * reports at. Keeping this instead of the parsed page is what lets the checker read a site of
 * thousands of pages in bounded memory: a parsed page weighs some hundred times more.
 *
 * <p>Places are indexes into the page's elements in document order ({@link Page#elements()}), -1
 * for an element the page does not have; the checker finds the element again when it reports.
 *
 * @param path the page's path inside the site, with '/' separators
 * @param charset the encoding the page was read in
 * @param title the text of the page's {@code <title>}, trimmed, or empty
 * @param ids the ids (and {@code <a name>}s) a fragment can name
 * @param references every URL the page writes
 * @param redirect the URL of the page's {@code <meta http-equiv="refresh">}, or null
 * @param root the place of the {@code <html>}
 * @param body the place of the {@code <body>}
 * @param titleElement the place of the {@code <title>}
 * @param source the content of {@code <meta name="handbook:source">}, or empty
 * @param sourceMeta the place of that {@code <meta>}
 * @param template the content of {@code <meta name="handbook:template">}, or empty
 * @param hasSiteNavigation whether the page has the site's navigation ({@link
 *     SiteContract#SITE_NAVIGATION})
 */
public record PageSummary(
    String path,
    Charset charset,
    String title,
    Set<String> ids,
    List<Reference> references,
    @Nullable Reference redirect,
    int root,
    int body,
    int titleElement,
    String source,
    int sourceMeta,
    String template,
    boolean hasSiteNavigation) {

  public PageSummary {
    ids = Set.copyOf(ids);
    references = List.copyOf(references);
  }

  /** True for a page the bake made from an AsciiDoc source: it names it in a {@code <meta>}. */
  public boolean isContent() {
    return sourceMeta >= 0;
  }
}
