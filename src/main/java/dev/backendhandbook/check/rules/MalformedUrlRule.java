package dev.backendhandbook.check.rules;

import dev.backendhandbook.check.Findings;
import dev.backendhandbook.check.Page;
import dev.backendhandbook.check.Reference;
import dev.backendhandbook.check.Rule;
import dev.backendhandbook.check.Site;
import java.net.URI;
import java.net.URISyntaxException;

/** Reports external URLs that are not valid URIs (RFC 3986), or http(s) URLs without a host. */
public final class MalformedUrlRule extends Rule {
  public MalformedUrlRule() {
    super("malformed-url");
  }

  @Override
  public void check(Page page, Site site, Findings findings) {
    for (Reference reference : page.references()) {
      String url = reference.url();
      if (!reference.isExternal()) {
        continue;
      }
      try {
        URI uri = new URI(url);
        String scheme =
            uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if ((scheme.equals("http") || scheme.equals("https"))
            && (uri.getHost() == null || uri.getHost().isEmpty())) {
          err(findings, page, reference, "URL '" + url + "' has no host");
        }
      } catch (URISyntaxException e) {
        err(findings, page, reference, "URL '" + url + "' is malformed: " + e.getReason());
      }
    }
  }
}
