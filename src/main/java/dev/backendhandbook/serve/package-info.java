/** The preview server: a baked site served on the loopback address while a contributor writes. */
@NullMarked
package dev.backendhandbook.serve;

import org.jspecify.annotations.NullMarked;
