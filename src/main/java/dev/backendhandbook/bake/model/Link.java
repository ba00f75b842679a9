package dev.backendhandbook.bake.model;

/**
 * A link the templates write, such as one step of a breadcrumb trail.
 *
 * @param title the text of the link
 * @param uri the target, relative to the site root, such as {@code data/index.html}
 */
public record Link(String title, String uri) {}
