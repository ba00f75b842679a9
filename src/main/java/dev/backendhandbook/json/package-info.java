/** JSON string literals, shared by the checker's reports and the bake's search index. */
package dev.backendhandbook.json;
