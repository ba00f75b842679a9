package dev.backendhandbook.bake.model;

/**
 * A heading inside a page, for its table of contents.
 *
 * @param level 2 for a section ({@code ==}), 3 for a subsection ({@code ===})
 * @param id the heading's id, which a link to {@code page.html#id} lands on
 * @param text the heading as plain text
 */
public record Heading(int level, String id, String text) {}
