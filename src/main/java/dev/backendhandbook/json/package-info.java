/** JSON string literals, shared by the checker's reports and the bake's search index. */
@NullMarked
package dev.backendhandbook.json;

import org.jspecify.annotations.NullMarked;
