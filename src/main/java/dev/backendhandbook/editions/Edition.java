package dev.backendhandbook.editions;

import dev.backendhandbook.bake.model.Link;
import java.util.Arrays;
import java.util.List;

/** One downloadable edition of the handbook, and where the site keeps it. */
public enum Edition {
  PDF("PDF", "handbook.pdf"),
  EPUB("EPUB", "handbook.epub"),
  OFFLINE("Offline site (zip)", "handbook-offline.zip");

  /**
   * The bake setting that says the editions are made, so the site links to them; the bake command
   * sets it, and without it the site leaves their links out.
   */
  public static final String SETTING = "handbook.editions";

  /** The site folder that holds every edition. */
  public static final String FOLDER = "editions";

  private final String title;
  private final String fileName;

  Edition(String title, String fileName) {
    this.title = title;
    this.fileName = fileName;
  }

  public String fileName() {
    return fileName;
  }

  /** The edition's address relative to the site root, such as {@code editions/handbook.pdf}. */
  public String uri() {
    return FOLDER + "/" + fileName;
  }

  /** The links the site shows, one per edition, in this order. */
  public static List<Link> links() {
    return Arrays.stream(values()).map(e -> new Link(e.title, e.uri())).toList();
  }
}
