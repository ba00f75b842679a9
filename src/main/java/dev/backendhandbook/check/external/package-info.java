/**
 * Checks the site's links to other hosts: off by default, as the normal build touches no network;
 * on with {@code check --external}, for a scheduled job.
 */
package dev.backendhandbook.check.external;
