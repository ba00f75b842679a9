/** JSON written the same way everywhere: the checker's reports (JSON and SARIF). */
@NullMarked
package dev.backendhandbook.json;

import org.jspecify.annotations.NullMarked;
