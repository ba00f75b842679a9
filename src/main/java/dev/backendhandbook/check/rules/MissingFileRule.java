package dev.backendhandbook.check.rules;

import dev.backendhandbook.check.Findings;
import dev.backendhandbook.check.Page;
import dev.backendhandbook.check.Reference;
import dev.backendhandbook.check.Rule;
import dev.backendhandbook.check.Site;

/**
 * Reports relative links and resource URLs ({@code href}, {@code src}) to files that do not
 * exist in the site, or that climb above its root.
 */
public final class MissingFileRule extends Rule {
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
      String target = Site.resolve(page, path);
      if (target == null) {
        err(findings, page, reference, "link to '" + reference.url() + "' climbs above the site root");
      } else if (!site.isFile(target) && !site.isFolder(target)) {
        err(findings, page, reference, "link to '" + reference.url() + "' names a file that does not exist: '" + target + "'");
      }
    }
  }
}
