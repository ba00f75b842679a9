package dev.backendhandbook.editions;

import dev.backendhandbook.bake.SiteOutput;
import dev.backendhandbook.bake.SourceLayout;
import dev.backendhandbook.bake.model.HandbookModel;
import dev.backendhandbook.bake.model.Page;
import dev.backendhandbook.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Makes the offline editions of one baked site, into its {@code editions/} folder: the PDF and the
 * EPUB from the sources in reading order, then the zip of the whole site.
 *
 * <p>Each is kept in the cache folder beside the digest of its inputs ({@link InputDigest}): the
 * books under the tool and every file of the content and examples folders, the zip under the baked
 * site's files. An edition whose digest is unchanged is copied from the cache, not made again. An
 * edition with an error is not cached, so the next build tries again.
 */
public final class Editions {
  /**
   * What making the editions found, how long each step took in milliseconds (the books and the zip,
   * with the books' own steps when they were made), and which files were made rather than copied
   * from the cache.
   */
  public record Result(List<Diagnostic> diagnostics, Map<String, Long> timings, List<String> made) {
    public Result {
      diagnostics = List.copyOf(diagnostics);
      timings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(timings));
      made = List.copyOf(made);
    }
  }

  private final Path cache;

  /**
   * @param cache where the editions are kept between builds, such as {@code
   *     target/handbook-editions}
   */
  public Editions(Path cache) {
    this.cache = cache.toAbsolutePath().normalize();
  }

  /**
   * Writes the editions into {@code site}'s editions folder.
   *
   * @param siteHost where the site is published, for the offline copy's link to a newer one
   */
  public Result make(SourceLayout layout, HandbookModel model, Path site, @Nullable String siteHost)
      throws IOException {
    List<Diagnostic> diagnostics = new ArrayList<>();
    Map<String, Long> timings = new LinkedHashMap<>();
    List<String> made = new ArrayList<>();
    Path folder = Files.createDirectories(site.resolve(Edition.FOLDER));
    long start = System.nanoTime();

    InputDigest books = new InputDigest("books");
    for (Page page : model.readingOrder()) {
      books.add(page.sourcePath());
    }
    books.add("content").addFolder(layout.content()).add("examples").addFolder(layout.examples());
    String booksKey = books.hex();
    Path pdf = cache.resolve(Edition.PDF.fileName());
    Path epub = cache.resolve(Edition.EPUB.fileName());
    Path booksKeyFile = cache.resolve("books.key");
    if (!booksKey.equals(read(booksKeyFile))
        || !Files.isRegularFile(pdf)
        || !Files.isRegularFile(epub)) {
      Files.deleteIfExists(booksKeyFile);
      List<Diagnostic> found = makeBooks(layout, model, pdf, epub, timings);
      diagnostics.addAll(found);
      made.add(Edition.PDF.fileName());
      made.add(Edition.EPUB.fileName());
      if (found.stream().noneMatch(Diagnostic::isError)) {
        Files.writeString(booksKeyFile, booksKey, StandardCharsets.UTF_8);
      }
    }
    if (Files.isRegularFile(pdf) && Files.isRegularFile(epub)) {
      Files.copy(pdf, folder.resolve(Edition.PDF.fileName()), StandardCopyOption.REPLACE_EXISTING);
      Files.copy(
          epub, folder.resolve(Edition.EPUB.fileName()), StandardCopyOption.REPLACE_EXISTING);
    }
    timings.put("books", (System.nanoTime() - start) / 1_000_000);

    start = System.nanoTime();
    Path inSite = folder.resolve(Edition.OFFLINE.fileName());
    String zipKey =
        new InputDigest("zip").add(String.valueOf(siteHost)).addFolder(site, inSite).hex();
    Path zip = cache.resolve(Edition.OFFLINE.fileName());
    Path zipKeyFile = cache.resolve("zip.key");
    if (!zipKey.equals(read(zipKeyFile)) || !Files.isRegularFile(zip)) {
      Files.deleteIfExists(zipKeyFile);
      OfflineZip.write(site, zip, inSite, siteHost, model.updated());
      Files.writeString(zipKeyFile, zipKey, StandardCharsets.UTF_8);
      made.add(Edition.OFFLINE.fileName());
    }
    Files.copy(zip, inSite, StandardCopyOption.REPLACE_EXISTING);
    timings.put("zip", (System.nanoTime() - start) / 1_000_000);
    return new Result(diagnostics, timings, made);
  }

  private List<Diagnostic> makeBooks(
      SourceLayout layout, HandbookModel model, Path pdf, Path epub, Map<String, Long> timings)
      throws IOException {
    Path work = cache.resolve("work");
    SiteOutput.delete(work);
    Files.createDirectories(work);
    List<Diagnostic> diagnostics = new ArrayList<>();
    BookSource source = BookSource.write(layout, model, work);
    diagnostics.addAll(source.problems());
    long start = System.nanoTime();
    try (BookConverter converter = new BookConverter()) {
      timings.put("asciidoctor", (System.nanoTime() - start) / 1_000_000);
      start = System.nanoTime();
      diagnostics.addAll(converter.pdf(source, work.resolve(Edition.PDF.fileName())));
      timings.put("pdf", (System.nanoTime() - start) / 1_000_000);
      // The PDF drew the diagrams; the EPUB takes the same files, which must be valid XML.
      SvgIds.deduplicate(source.images());
      start = System.nanoTime();
      diagnostics.addAll(converter.epub(source, work.resolve(Edition.EPUB.fileName())));
      timings.put("epub", (System.nanoTime() - start) / 1_000_000);
    }
    move(work.resolve(Edition.PDF.fileName()), pdf);
    move(work.resolve(Edition.EPUB.fileName()), epub);
    return diagnostics;
  }

  private static void move(Path from, Path to) throws IOException {
    if (Files.isRegularFile(from)) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static @Nullable String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException absent) {
      return null;
    }
  }
}
