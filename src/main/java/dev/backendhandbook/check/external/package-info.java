/**
 * Checks the site's links to other hosts: off by default, as the normal build touches no network;
 * on with {@code check --external}, for a scheduled job.
 */
@NullMarked
package dev.backendhandbook.check.external;

import org.jspecify.annotations.NullMarked;
