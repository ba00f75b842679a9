/** The diagnostic every stage reports in: a path, a position, a severity, a rule and a message. */
@NullMarked
package dev.backendhandbook.diagnostic;

import org.jspecify.annotations.NullMarked;
