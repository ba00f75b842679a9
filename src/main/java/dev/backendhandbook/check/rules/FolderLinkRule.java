package dev.backendhandbook.check.rules;

import dev.backendhandbook.check.Findings;
import dev.backendhandbook.check.Page;
import dev.backendhandbook.check.Reference;
import dev.backendhandbook.check.Rule;
import dev.backendhandbook.check.Site;

/**
 * Reports links to a folder ({@code guide/} or {@code ../}).
 *
 * <p>A web server answers a folder with its {@code index.html}; a browser reading from disk ({@code
 * file://}) shows a file listing or nothing. Convention of this site: link to the file. Whether the
 * folder and its {@code index.html} exist is {@link MissingFileRule}'s question.
 */
public final class FolderLinkRule extends Rule {
  public FolderLinkRule() {
    super("folder-link");
  }

  @Override
  public void check(Page page, Site site, Findings findings) {
    for (Reference reference : page.references()) {
      String path = reference.path();
      if (!reference.isLocal() || path.isEmpty()) {
        continue; // another host, or a link inside this page
      }
      String target = reference.target();
      if (target != null && (path.endsWith("/") || site.isFolder(target))) {
        String folder = path.endsWith("/") ? path : path + "/";
        err(
            findings,
            page,
            reference,
            "link to '"
                + reference.url()
                + "' names a folder, which a browser reading from disk cannot open; link to '"
                + folder
                + "index.html'");
      }
    }
  }
}
