package dev.backendhandbook.check.rules;

import dev.backendhandbook.check.Findings;
import dev.backendhandbook.check.Page;
import dev.backendhandbook.check.Reference;
import dev.backendhandbook.check.Rule;
import dev.backendhandbook.check.Site;
import dev.backendhandbook.check.Urls;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * Reports URLs that are not valid URIs (RFC 3986), http(s) URLs without a host, and a '%' not
 * followed by two hex digits in any URL (the URL Standard's invalid percent-encoding).
 *
 * <p>Characters browsers percent-encode without complaint ({@code |}, {@code ^}, braces and the
 * backtick) are not errors. A {@code javascript:} URL is {@link JavascriptUrlRule}'s.
 */
public final class MalformedUrlRule extends Rule {
  /** Characters RFC 3986 leaves out that every browser quietly percent-encodes. */
  private static final Pattern LENIENT = Pattern.compile("[|^`{}]");

  public MalformedUrlRule() {
    super("malformed-url");
  }

  @Override
  public void check(Page page, Site site, Findings findings) {
    for (Reference reference : page.references()) {
      String url = reference.url();
      String scheme = Urls.scheme(url);
      if ("javascript".equals(scheme)) {
        continue;
      }
      String escape = Urls.badEscape(url);
      if (escape != null) {
        err(
            findings,
            page,
            reference,
            "URL '"
                + url
                + "' has '"
                + escape
                + "', which is not a percent escape; write a literal '%' as '%25'");
        continue;
      }
      if (!reference.isExternal() || scheme == null) {
        continue;
      }
      try {
        URI uri = new URI(LENIENT.matcher(url).replaceAll(m -> encode(m.group())));
        if ((scheme.equals("http") || scheme.equals("https"))
            && (uri.getHost() == null || uri.getHost().isEmpty())) {
          err(findings, page, reference, "URL '" + url + "' has no host");
        }
      } catch (URISyntaxException e) {
        err(findings, page, reference, "URL '" + url + "' is malformed: " + e.getReason());
      }
    }
  }

  private static String encode(String character) {
    return String.format(java.util.Locale.ROOT, "%%%02X", (int) character.charAt(0));
  }
}
