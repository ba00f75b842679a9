/**
 * The handbook model: one description of the whole site, built once per bake from the pages'
 * headers, what converting them found, and git's history, and read by every template, the search
 * index, the sitemap and the feed.
 *
 * <p>Its types are public records because Freemarker reads them by reflection: a template writes
 * {@code page.previous.title}, never searches the list of pages itself.
 */
@NullMarked
package dev.backendhandbook.bake.model;

import org.jspecify.annotations.NullMarked;
