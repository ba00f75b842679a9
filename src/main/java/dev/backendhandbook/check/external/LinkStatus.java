package dev.backendhandbook.check.external;

import org.jspecify.annotations.Nullable;

/**
 * What checking one external URL found.
 *
 * @param url the URL as the pages write it
 * @param status the final HTTP status, or 0 when no answer came
 * @param problem why the link is broken, or null when it works
 * @param checkedAt when it was checked, in seconds since the epoch
 */
public record LinkStatus(String url, int status, @Nullable String problem, long checkedAt) {
  public boolean isBroken() {
    return problem != null;
  }
}
