package dev.backendhandbook.check.rules;

import dev.backendhandbook.check.Findings;
import dev.backendhandbook.check.Page;
import dev.backendhandbook.check.Reference;
import dev.backendhandbook.check.Rule;
import dev.backendhandbook.check.Site;
import dev.backendhandbook.check.Urls;

/**
 * Reports {@code javascript:} URLs: they do nothing with JavaScript off, and the site's Content
 * Security Policy blocks them anyway.
 */
public final class JavascriptUrlRule extends Rule {
  public JavascriptUrlRule() {
    super("javascript-url");
  }

  @Override
  public void check(Page page, Site site, Findings findings) {
    for (Reference reference : page.references()) {
      if ("javascript".equals(Urls.scheme(reference.url()))) {
        err(
            findings,
            page,
            reference,
            "link to '"
                + reference.url()
                + "' runs script instead of going somewhere; use a <button> and a script file");
      }
    }
  }
}
