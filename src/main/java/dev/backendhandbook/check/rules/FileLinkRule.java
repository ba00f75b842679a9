package dev.backendhandbook.check.rules;

import dev.backendhandbook.check.Findings;
import dev.backendhandbook.check.Page;
import dev.backendhandbook.check.Reference;
import dev.backendhandbook.check.Rule;
import dev.backendhandbook.check.Site;
import dev.backendhandbook.check.Urls;

/** Reports {@code file:} URLs: they name a place on the writer's disk, which no reader has. */
public final class FileLinkRule extends Rule {
  public FileLinkRule() {
    super("file-link");
  }

  @Override
  public void check(Page page, Site site, Findings findings) {
    for (Reference reference : page.references()) {
      if ("file".equals(Urls.scheme(reference.url()))) {
        err(
            findings,
            page,
            reference,
            "link to '"
                + reference.url()
                + "' names a file on one machine's disk; link relative to this page");
      }
    }
  }
}
