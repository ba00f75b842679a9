/**
 * The handbook's offline editions: the whole handbook as one PDF and as one EPUB, made from the
 * same AsciiDoc sources in the handbook's reading order, and the baked site as one zip that works
 * unzipped anywhere. They are cached under a digest of every input, so a build with nothing changed
 * does not make them again.
 */
@NullMarked
package dev.backendhandbook.editions;

import org.jspecify.annotations.NullMarked;
