package dev.backendhandbook.check.rules;

import dev.backendhandbook.check.Findings;
import dev.backendhandbook.check.Page;
import dev.backendhandbook.check.Reference;
import dev.backendhandbook.check.Rule;
import dev.backendhandbook.check.Site;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reports relative links and resource URLs to files that do not exist in the site, or that climb
 * above its root: {@code href}, {@code src}, {@code srcset}, {@code poster} and {@code <object
 * data>} in pages, and {@code url(…)} in the site's stylesheets.
 */
public final class MissingFileRule extends Rule {
  private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*(['\"]?)([^'\")]+)\\1\\s*\\)");

  public MissingFileRule() {
    super("missing-file");
  }

  @Override
  public void check(Page page, Site site, Findings findings) {
    for (Reference reference : page.references()) {
      if (!reference.isRelative()) {
        continue;
      }
      String path = reference.path();
      if (path.isEmpty() || path.endsWith("/")) {
        continue; // a link inside this page, or a folder link, which FolderLinkRule reports
      }
      String target = reference.target();
      if (target == null) {
        err(
            findings,
            page,
            reference,
            "link to '" + reference.url() + "' climbs above the site root");
      } else if (!site.isFile(target) && !site.isFolder(target)) {
        err(
            findings,
            page,
            reference,
            "link to '" + reference.url() + "' names a file that does not exist: '" + target + "'");
      }
    }
  }

  @Override
  public void checkSite(Site site, Findings findings) {
    for (String css : site.files()) {
      if (!css.endsWith(".css")) {
        continue;
      }
      String folder = css.contains("/") ? css.substring(0, css.lastIndexOf('/') + 1) : "";
      String[] lines = site.text(css).split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        Matcher url = CSS_URL.matcher(lines[i]);
        while (url.find()) {
          String value = url.group(2).strip();
          if (value.startsWith("data:")
              || value.startsWith("#")
              || value.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")
              || value.startsWith("/")) {
            continue;
          }
          String path = value.replaceAll("[?#].*$", "");
          String target = Site.resolve(folder, path);
          if (target == null || !site.isFile(target)) {
            err(
                findings,
                css,
                i + 1,
                url.start() + 1,
                "url(" + value + ") names a file that does not exist: '" + target + "'");
          }
        }
      }
    }
  }
}
