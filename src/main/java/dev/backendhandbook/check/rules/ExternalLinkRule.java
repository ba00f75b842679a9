package dev.backendhandbook.check.rules;

import dev.backendhandbook.check.Findings;
import dev.backendhandbook.check.Page;
import dev.backendhandbook.check.Reference;
import dev.backendhandbook.check.Rule;
import dev.backendhandbook.check.Site;
import dev.backendhandbook.check.external.ExternalLinkChecker;
import dev.backendhandbook.check.external.LinkStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reports {@code http(s)} links whose host no longer answers with a page: each URL is asked once
 * for the whole site, and every place that writes it is reported. Only with {@code --external}.
 */
public final class ExternalLinkRule extends Rule {
  private final ExternalLinkChecker checker;

  public ExternalLinkRule(ExternalLinkChecker checker) {
    super("external-link");
    this.checker = checker;
  }

  @Override
  public void checkSite(Site site, Findings findings) {
    List<Page> pages = new ArrayList<>(site.pages());
    List<String> urls = new ArrayList<>();
    for (Page page : pages) {
      for (Reference reference : page.references()) {
        if (isWeb(reference)) {
          urls.add(withoutFragment(reference.url()));
        }
      }
    }
    Map<String, LinkStatus> statuses;
    try {
      statuses = checker.check(urls);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    for (Page page : pages) {
      for (Reference reference : page.references()) {
        LinkStatus status =
            isWeb(reference) ? statuses.get(withoutFragment(reference.url())) : null;
        if (status != null && status.isBroken()) {
          err(findings, page, reference, "link to '" + reference.url() + "' " + status.problem());
        }
      }
    }
  }

  private static boolean isWeb(Reference reference) {
    String url = reference.url().toLowerCase(Locale.ROOT);
    return url.startsWith("http://") || url.startsWith("https://");
  }

  private static String withoutFragment(String url) {
    int hash = url.indexOf('#');
    return hash < 0 ? url : url.substring(0, hash);
  }
}
