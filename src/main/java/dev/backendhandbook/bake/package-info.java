/**
 * Bakes the AsciiDoc sources into a static site with JBake, AsciidoctorJ and Freemarker.
 *
 * <p>JBake only logs Asciidoctor's problems and runs it in unsafe mode; this package turns every
 * Asciidoctor warning into a {@link dev.backendhandbook.diagnostic.Diagnostic} at the real line of
 * the real file, keeps {@code include::} inside the source tree, checks cross references between
 * pages, and writes the site to a staging folder that replaces the output only when the bake is
 * clean.
 */
@NullMarked
package dev.backendhandbook.bake;

import org.jspecify.annotations.NullMarked;
