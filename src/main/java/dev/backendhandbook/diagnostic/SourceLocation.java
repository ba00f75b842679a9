package dev.backendhandbook.diagnostic;

/**
 * Where in the writer's source a problem found in a generated file comes from: the file a baked
 * page was converted from, and the line there when the conversion recorded it.
 *
 * @param path the source file, such as {@code src/content/data/sql.adoc}
 * @param line the 1-based line, or 0 when only the file is known
 */
public record SourceLocation(String path, int line) {}
