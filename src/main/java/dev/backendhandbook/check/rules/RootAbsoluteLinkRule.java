package dev.backendhandbook.check.rules;

import dev.backendhandbook.check.Findings;
import dev.backendhandbook.check.Page;
import dev.backendhandbook.check.Reference;
import dev.backendhandbook.check.Rule;
import dev.backendhandbook.check.Site;

/**
 * Reports root-absolute URLs ({@code /css/site.css}).
 *
 * <p>Convention of this site: every link is relative. A root-absolute path resolves against the
 * host's root, so it breaks for a site opened from disk ({@code file://}) and for one served under
 * a sub-path, as GitHub Pages serves project sites from {@code /<repository>/}. A {@code <base
 * href="/…">} is not a link and is left alone: the 404 page, served at any depth, needs one.
 */
public final class RootAbsoluteLinkRule extends Rule {
  public RootAbsoluteLinkRule() {
    super("root-absolute-link");
  }

  @Override
  public void check(Page page, Site site, Findings findings) {
    for (Reference reference : page.references()) {
      String url = reference.url();
      if (reference.isLocal() && url.startsWith("/")) {
        err(
            findings,
            page,
            reference,
            "link to '"
                + url
                + "' is root-absolute: it breaks when the site is opened from disk or served under"
                + " a sub-path; make it relative to this page");
      }
    }
  }
}
