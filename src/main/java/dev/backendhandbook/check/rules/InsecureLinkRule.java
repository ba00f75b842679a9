package dev.backendhandbook.check.rules;

import dev.backendhandbook.check.Findings;
import dev.backendhandbook.check.Page;
import dev.backendhandbook.check.Reference;
import dev.backendhandbook.check.Rule;
import dev.backendhandbook.check.Site;
import dev.backendhandbook.check.SiteContract;
import dev.backendhandbook.check.Urls;
import java.util.regex.Pattern;

/**
 * Reports {@code http:} URLs to other hosts: readers should reach sources over HTTPS, and a page
 * loading a resource over HTTP is mixed content. Loopback addresses are left alone, and so are the
 * links (not the resources) of a project report: they are the addresses dependencies give in their
 * POMs, quoted as they are.
 */
public final class InsecureLinkRule extends Rule {
  private static final Pattern LOOPBACK =
      Pattern.compile(
          "^http://(localhost|127\\.0\\.0\\.1|\\[::1\\])([:/].*)?$", Pattern.CASE_INSENSITIVE);

  public InsecureLinkRule() {
    super("insecure-link");
  }

  @Override
  public void check(Page page, Site site, Findings findings) {
    boolean report =
        SiteContract.REPORT_TEMPLATE.equals(page.metaContent(SiteContract.TEMPLATE_META));
    for (Reference reference : page.references()) {
      String url = reference.url();
      if (report && reference.tag().equals("a")) {
        continue;
      }
      if ("http".equals(Urls.scheme(url)) && !LOOPBACK.matcher(url).matches()) {
        err(findings, page, reference, "URL '" + url + "' uses http:, use https:");
      }
    }
  }
}
