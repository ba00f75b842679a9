/**
 * Checks a folder of HTML as a reader would meet it: every page parsed once with jsoup and checked
 * by every rule at once, only a summary of it kept, and references between pages resolved at the
 * end against the summaries of the whole site.
 *
 * <p>Each rule is one class in {@link dev.backendhandbook.check.rules} on the common base {@link
 * dev.backendhandbook.check.Rule}.
 */
@NullMarked
package dev.backendhandbook.check;

import org.jspecify.annotations.NullMarked;
