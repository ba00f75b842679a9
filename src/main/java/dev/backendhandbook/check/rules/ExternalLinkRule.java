package dev.backendhandbook.check.rules;

import dev.backendhandbook.check.Findings;
import dev.backendhandbook.check.PageSummary;
import dev.backendhandbook.check.Reference;
import dev.backendhandbook.check.Rule;
import dev.backendhandbook.check.Site;
import dev.backendhandbook.check.Urls;
import dev.backendhandbook.check.external.ExternalLinkChecker;
import dev.backendhandbook.check.external.LinkStatus;
import java.util.ArrayList;
import java.util.List;
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
    List<PageSummary> pages = new ArrayList<>(site.pages());
    List<String> urls = new ArrayList<>();
    for (PageSummary page : pages) {
      for (Reference reference : page.references()) {
        if (isWeb(reference)) {
          urls.add(Urls.withoutFragment(reference.url()));
        }
      }
    }
    Map<String, LinkStatus> statuses;
    try {
      statuses = checker.check(urls);
    } catch (InterruptedException e) {
      // Passing with links unchecked would say they work: the run must fail instead.
      Thread.currentThread().interrupt();
      throw new IllegalStateException(
          "the external link check was interrupted before every link was asked", e);
    }
    for (PageSummary page : pages) {
      for (Reference reference : page.references()) {
        LinkStatus status =
            isWeb(reference) ? statuses.get(Urls.withoutFragment(reference.url())) : null;
        if (status != null && status.isBroken()) {
          err(findings, page, reference, "link to '" + reference.url() + "' " + status.problem());
        }
      }
    }
  }

  private static boolean isWeb(Reference reference) {
    return Urls.isWeb(reference.url());
  }
}
