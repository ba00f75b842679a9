package dev.backendhandbook.bake.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The whole handbook, computed once per bake: the home page, the sections in order with their pages
 * in reading order, each page's neighbours and breadcrumb trail, and the tags.
 *
 * <p>Reading order is the home page, then each section's own page followed by its pages; the
 * previous and next links of every page follow it. A draft is known by its address, so preview can
 * render it, but it is in no section, no tag and no reading order, so nothing links to it.
 */
public final class HandbookModel {
  private static final Comparator<Page> IN_SECTION =
      Comparator.comparingInt(Page::order).thenComparing(Page::title).thenComparing(Page::uri);

  private final @Nullable Page home;
  private final List<Section> sections;
  private final List<Page> readingOrder;
  private final Map<String, Page> byUri;
  private final Map<String, Page> bySource;
  private final List<Tag> tags;
  private final Instant updated;
  private final List<Link> editions;

  private HandbookModel(
      @Nullable Page home,
      List<Section> sections,
      List<Page> readingOrder,
      Map<String, Page> byUri,
      Map<String, Page> bySource,
      List<Tag> tags,
      Instant updated,
      List<Link> editions) {
    this.home = home;
    this.sections = List.copyOf(sections);
    this.readingOrder = List.copyOf(readingOrder);
    this.byUri = Map.copyOf(byUri);
    this.bySource = Map.copyOf(bySource);
    this.tags = List.copyOf(tags);
    this.updated = updated;
    this.editions = List.copyOf(editions);
  }

  /**
   * Builds the model from every page of one bake.
   *
   * @param pages the pages with their own facts; neighbours and trails are filled in here
   * @param fallbackDate the date of an empty handbook
   */
  public static HandbookModel of(Collection<Page> pages, Instant fallbackDate) {
    Page home = null;
    Map<String, Page> sectionPages = new TreeMap<>();
    Map<String, List<Page>> inSection = new TreeMap<>();
    for (Page page : pages) {
      if (page.draft()) {
        continue;
      }
      switch (page.type()) {
        case "home" -> home = page;
        case "section" -> sectionPages.put(page.section(), page);
        default -> inSection.computeIfAbsent(page.section(), s -> new ArrayList<>()).add(page);
      }
    }
    List<Page> sectionOrder = new ArrayList<>(sectionPages.values());
    sectionOrder.sort(IN_SECTION);
    List<Page> reading = new ArrayList<>();
    if (home != null) {
      reading.add(home);
    }
    for (Page sectionPage : sectionOrder) {
      reading.add(sectionPage);
      List<Page> members = inSection.computeIfAbsent(sectionPage.section(), s -> new ArrayList<>());
      members.sort(IN_SECTION);
      reading.addAll(members);
    }

    Map<String, Page> linked = new LinkedHashMap<>();
    for (int i = 0; i < reading.size(); i++) {
      Page page = reading.get(i);
      Link previous = i == 0 ? null : reading.get(i - 1).link();
      Link next = i + 1 == reading.size() ? null : reading.get(i + 1).link();
      linked.put(page.uri(), page.withNeighbours(previous, next, trail(home, sectionPages, page)));
    }
    Map<String, Page> byUri = new LinkedHashMap<>(linked);
    for (Page page : pages) {
      byUri.putIfAbsent(page.uri(), page.withNeighbours(null, null, List.of()));
    }
    List<Page> readingOrder = reading.stream().map(p -> linked(byUri, p)).toList();

    List<Section> sections = new ArrayList<>();
    for (Page sectionPage : sectionOrder) {
      sections.add(
          new Section(
              sectionPage.section(),
              linked(byUri, sectionPage),
              inSection.getOrDefault(sectionPage.section(), List.of()).stream()
                  .map(p -> linked(byUri, p))
                  .toList()));
    }

    Map<String, List<Page>> tagged = new TreeMap<>();
    for (Page page : readingOrder) {
      for (String tag : page.tags()) {
        tagged.computeIfAbsent(tag, t -> new ArrayList<>()).add(page);
      }
    }
    List<Tag> tags = new ArrayList<>();
    tagged.forEach(
        (name, members) -> {
          members.sort(Comparator.comparing(Page::title).thenComparing(Page::uri));
          tags.add(new Tag(name, "tags/" + name + ".html", members));
        });

    Map<String, Page> bySource = new LinkedHashMap<>();
    byUri.values().forEach(page -> bySource.put(page.sourcePath(), page));
    Instant updated =
        readingOrder.stream()
            .map(Page::updated)
            .max(Comparator.naturalOrder())
            .orElse(fallbackDate);
    Page linkedHome = home == null ? null : linked(byUri, home);
    return new HandbookModel(
        linkedHome, sections, readingOrder, byUri, bySource, tags, updated, List.of());
  }

  private static List<Link> trail(@Nullable Page home, Map<String, Page> sectionPages, Page page) {
    List<Link> trail = new ArrayList<>();
    if (home != null && !page.uri().equals(home.uri())) {
      trail.add(home.link());
    }
    Page sectionPage = sectionPages.get(page.section());
    if (sectionPage != null && page.type().equals("page")) {
      trail.add(sectionPage.link());
    }
    return trail;
  }

  /** The page with its neighbours, as every list of the model holds it. */
  private static Page linked(Map<String, Page> byUri, Page page) {
    return java.util.Objects.requireNonNull(byUri.get(page.uri()));
  }

  /** The home page, or null in a handbook without one. */
  public @Nullable Page home() {
    return home;
  }

  /** The sections in order. */
  public List<Section> sections() {
    return sections;
  }

  /** Every published page in reading order, the home page first. */
  public List<Page> readingOrder() {
    return readingOrder;
  }

  /** Every tag with its pages, by name. */
  public List<Tag> tags() {
    return tags;
  }

  /** The tag of that name, or null. */
  public @Nullable Tag tag(String name) {
    for (Tag tag : tags) {
      if (tag.name().equals(name)) {
        return tag;
      }
    }
    return null;
  }

  /** The page baked at that address (relative to the site root), drafts included, or null. */
  public @Nullable Page page(String uri) {
    return byUri.get(uri);
  }

  /** The page baked from that source path, drafts included, or null. */
  public @Nullable Page pageFrom(String sourcePath) {
    return bySource.get(sourcePath);
  }

  /** The fifty pages changed most recently, newest first, for the feed. */
  public List<Page> recentlyUpdated() {
    return readingOrder.stream()
        .filter(page -> page.type().equals("page"))
        .sorted(Comparator.comparing(Page::updated).reversed().thenComparing(Page::uri))
        .limit(50)
        .toList();
  }

  /**
   * The Content Security Policy source that allows one inline script (CSP Level 2, hash sources): a
   * template hashes the very text it writes, so the two cannot drift apart.
   */
  public String scriptHash(String script) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
      return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** When the handbook last changed: the newest of its pages' dates. */
  public Instant updated() {
    return updated;
  }

  /** The same handbook, offered also as these downloads (the PDF, the EPUB, the offline zip). */
  public HandbookModel withEditions(List<Link> links) {
    return new HandbookModel(home, sections, readingOrder, byUri, bySource, tags, updated, links);
  }

  /** The downloadable editions of the handbook, relative to the site root; empty when skipped. */
  public List<Link> editions() {
    return editions;
  }
}
