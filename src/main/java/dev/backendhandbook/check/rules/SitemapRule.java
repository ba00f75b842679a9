package dev.backendhandbook.check.rules;

import dev.backendhandbook.check.Findings;
import dev.backendhandbook.check.PageSummary;
import dev.backendhandbook.check.Rule;
import dev.backendhandbook.check.Site;
import dev.backendhandbook.check.SiteContract;
import java.util.HashSet;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reports a {@code sitemap.xml} (sitemaps.org protocol 0.9) that lists a page that does not exist,
 * or leaves out a content page (one carrying {@code <meta name="handbook:source">}).
 *
 * <p>The sitemap's URLs are absolute; the site's own base is taken from the entry for {@code
 * index.html}.
 */
public final class SitemapRule extends Rule {
  private static final String SITEMAP = "sitemap.xml";

  public SitemapRule() {
    super("sitemap");
  }

  @Override
  public void checkSite(Site site, Findings findings) {
    if (!site.isFile(SITEMAP)) {
      return;
    }
    String text = site.text(SITEMAP);
    if (text == null) {
      err(findings, SITEMAP, 0, 0, "sitemap.xml cannot be read");
      return;
    }
    Document sitemap = Jsoup.parse(text, "", Parser.xmlParser().setTrackPosition(true));
    // The home page's entry is the shortest one ending in index.html.
    String home = "/" + SiteContract.INDEX;
    String base = null;
    for (Element loc : sitemap.select("url > loc")) {
      String url = loc.text().strip();
      if (url.endsWith(home)
          && (base == null || url.length() - home.length() + 1 < base.length())) {
        base = url.substring(0, url.length() - home.length() + 1);
      }
    }
    if (base == null) {
      err(
          findings,
          SITEMAP,
          1,
          1,
          "sitemap.xml does not list index.html, so its base URL is unknown");
      return;
    }
    Set<String> listed = new HashSet<>();
    for (Element loc : sitemap.select("url > loc")) {
      String url = loc.text().strip();
      int line = loc.sourceRange().start().lineNumber();
      int column = loc.sourceRange().start().columnNumber();
      if (!url.startsWith(base)) {
        err(
            findings,
            SITEMAP,
            line,
            column,
            "sitemap lists '" + url + "', which is not under the site's base '" + base + "'");
        continue;
      }
      String path = url.substring(base.length());
      listed.add(path);
      if (!site.isFile(path)) {
        err(
            findings,
            SITEMAP,
            line,
            column,
            "sitemap lists '" + url + "', but the site has no '" + path + "'");
      }
    }
    for (PageSummary page : site.pages()) {
      if (page.isContent() && !listed.contains(page.path())) {
        err(findings, page, page.sourceMeta(), "page is missing from sitemap.xml");
      }
    }
  }
}
