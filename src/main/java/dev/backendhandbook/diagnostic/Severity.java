package dev.backendhandbook.diagnostic;

import java.util.Locale;

/** How bad a finding is: an error fails the build, a warning is reported. */
public enum Severity {
  ERROR,
  WARNING;

  /** The lowercase word used in printed findings, as compilers do. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
