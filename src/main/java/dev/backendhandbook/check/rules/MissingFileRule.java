package dev.backendhandbook.check.rules;

import dev.backendhandbook.check.Findings;
import dev.backendhandbook.check.Page;
import dev.backendhandbook.check.Reference;
import dev.backendhandbook.check.Rule;
import dev.backendhandbook.check.Site;
import dev.backendhandbook.check.SiteContract;
import dev.backendhandbook.check.Urls;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reports links and resource URLs of the site (relative or root-absolute) to files or folders that
 * do not exist, or that climb above its root: {@code href}, {@code src}, {@code srcset}, {@code
 * poster}, {@code cite}, {@code <object data>} and the refresh URL of {@code <meta
 * http-equiv="refresh">} in pages, and {@code url(…)} in the site's stylesheets. A link to a folder
 * must find the folder's {@code index.html}, which is what a host answers with.
 */
public final class MissingFileRule extends Rule {
  private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*(['\"]?)([^'\")]+)\\1\\s*\\)");

  public MissingFileRule() {
    super("missing-file");
  }

  @Override
  public void check(Page page, Site site, Findings findings) {
    for (Reference reference : page.references()) {
      if (!reference.isLocal() || reference.path().isEmpty()) {
        continue; // another host, or a place in this page
      }
      String problem = problem(reference.target(), site);
      if (problem != null) {
        err(findings, page, reference, "link to '" + reference.url() + "' " + problem);
      }
    }
  }

  /** What is wrong with a target, or null when the site has it. */
  private static @Nullable String problem(@Nullable String target, Site site) {
    if (target == null) {
      return "climbs above the site root";
    }
    if (site.isFile(target)) {
      return null;
    }
    boolean named = target.endsWith("/") || target.isEmpty();
    if (named || site.isFolder(target)) {
      String folder = named ? target : target + "/";
      if (!site.isFolder(folder)) {
        return "names a folder that does not exist: '" + folder + "'";
      }
      return site.isFile(folder + SiteContract.INDEX)
          ? null
          : "names folder '" + folder + "', which has no " + SiteContract.INDEX;
    }
    return "names a file that does not exist: '" + target + "'";
  }

  @Override
  public void checkSite(Site site, Findings findings) {
    for (Map.Entry<String, String> stylesheet : site.stylesheets().entrySet()) {
      String css = stylesheet.getKey();
      String folder = Urls.folderOf(css);
      String[] lines = stylesheet.getValue().split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        Matcher url = CSS_URL.matcher(lines[i]);
        while (url.find()) {
          String value = url.group(2).strip();
          if (value.startsWith("#") || value.startsWith("/") || Urls.scheme(value) != null) {
            continue; // an SVG fragment, a root-absolute URL or one with a scheme (data:, https:)
          }
          String target = Site.resolve(folder, Urls.decode(Urls.withoutQueryOrFragment(value)));
          if (target == null) {
            err(
                findings,
                css,
                i + 1,
                url.start() + 1,
                "url(" + value + ") climbs above the site root");
          } else if (!site.isFile(target)) {
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
