package dev.backendhandbook.editions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.backendhandbook.testing.HandbookJar;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the editions that {@code ./mvnw package} made of the real handbook: the PDF with PDFBox,
 * the EPUB as the zip it is, and the offline zip unzipped and checked by the handbook's own
 * checker. The pages they must hold are read from the sources: every published page.
 */
class EditionsIT {
  private static final Path SITE =
      Path.of(System.getProperty("handbook.site", "target/site")).toAbsolutePath();
  private static final Path EDITIONS = SITE.resolve(Edition.FOLDER);
  private static final Path CONTENT = Path.of("src/content").toAbsolutePath();

  /** A build with -Dhandbook.editions=false made none, and its site links to none. */
  @BeforeAll
  static void editionsWereMade() {
    assumeFalse(
        "false".equals(System.getProperty("handbook.editions")),
        "-Dhandbook.editions=false: no editions to open");
  }

  /** Every published page's title, by its path in the content folder. */
  private static Map<String, String> publishedTitles() throws IOException {
    Map<String, String> titles = new LinkedHashMap<>();
    try (Stream<Path> files = Files.walk(CONTENT)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".adoc")).sorted().toList()) {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.contains(":jbake-status: published") && lines.get(0).startsWith("= ")) {
          titles.put(
              CONTENT.relativize(file).toString().replace('\\', '/'), lines.get(0).substring(2));
        }
      }
    }
    return titles;
  }

  /** Text as a PDF or an EPUB shows it: typographic quotes, spaces for line breaks. */
  private static String normalized(String text) {
    return text.replace('\u2019', '\'').replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
  }

  @Test
  void thePdfHasAPagePerChapterAtLeastAnOutlineAndEveryTitle() throws IOException {
    Map<String, String> titles = publishedTitles();
    assertTrue(titles.size() > 40, "the handbook has its pages: " + titles.size());
    try (PDDocument pdf = Loader.loadPDF(EDITIONS.resolve(Edition.PDF.fileName()).toFile())) {
      int pages = pdf.getNumberOfPages();
      // A cover, a table of contents and every chapter starting on a page of its own.
      assertTrue(pages > titles.size() + 2 && pages < 2_000, "pages: " + pages);

      Set<String> outline = new TreeSet<>();
      collect(pdf.getDocumentCatalog().getDocumentOutline(), outline);
      for (String title : titles.values()) {
        assertTrue(outline.contains(normalized(title)), "no bookmark for '" + title + "'");
      }

      String text = normalized(new PDFTextStripper().getText(pdf));
      for (String title : titles.values()) {
        assertTrue(text.contains(normalized(title)), "the text lacks '" + title + "'");
      }

      int internal = 0;
      List<String> toPages = new ArrayList<>();
      for (PDPage page : pdf.getPages()) {
        for (PDAnnotation annotation : page.getAnnotations()) {
          if (!(annotation instanceof PDAnnotationLink link)) {
            continue;
          }
          PDAction action = link.getAction();
          if (link.getDestination() != null || action instanceof PDActionGoTo) {
            internal++;
          } else if (action instanceof PDActionURI uri && !uri.getURI().matches("^\\w+:.*")) {
            toPages.add(uri.getURI());
          }
        }
      }
      assertEquals(List.of(), toPages, "links that lead out of the PDF to a page of the site");
      int crossPage = countCrossPageLinks();
      assertTrue(
          internal >= crossPage,
          "each of the "
              + crossPage
              + " links between pages is a link inside the PDF: "
              + internal);
    }
  }

  private static void collect(PDOutlineNode node, Set<String> titles) {
    if (node == null) {
      return;
    }
    for (PDOutlineItem item : node.children()) {
      titles.add(normalized(item.getTitle()));
      collect(item, titles);
    }
  }

  private static int countCrossPageLinks() throws IOException {
    Pattern xref = Pattern.compile("xref:[^\\[\\s#]+\\.adoc");
    int count = 0;
    try (Stream<Path> files = Files.walk(CONTENT)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".adoc")).toList()) {
        Matcher found = xref.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (found.find()) {
          count++;
        }
      }
    }
    return count;
  }

  @Test
  void theEpubIsAZipWithItsMimetypeFirstAContainerAndEveryChapterInTheOpf() throws IOException {
    Map<String, String> titles = publishedTitles();
    try (ZipFile epub = new ZipFile(EDITIONS.resolve(Edition.EPUB.fileName()).toFile())) {
      Enumeration<? extends ZipEntry> entries = epub.entries();
      ZipEntry first = entries.nextElement();
      assertEquals("mimetype", first.getName());
      assertEquals(ZipEntry.STORED, first.getMethod(), "the mimetype is stored, not compressed");
      assertEquals("application/epub+zip", read(epub, first));

      ZipEntry container = epub.getEntry("META-INF/container.xml");
      assertTrue(container != null, "META-INF/container.xml");
      Matcher rootfile = Pattern.compile("full-path=\"([^\"]+)\"").matcher(read(epub, container));
      assertTrue(rootfile.find(), "the container names its package document");
      ZipEntry opfEntry = epub.getEntry(rootfile.group(1));
      assertTrue(opfEntry != null, "the package document " + rootfile.group(1));
      String opf = read(epub, opfEntry);
      String folder =
          rootfile.group(1).contains("/")
              ? rootfile.group(1).substring(0, rootfile.group(1).lastIndexOf('/') + 1)
              : "";
      for (String relative : titles.keySet()) {
        String chapter = BookAnchors.of(relative) + ".xhtml";
        Matcher item =
            Pattern.compile(
                    "<item (?=[^>]*href=\"" + Pattern.quote(chapter) + "\")[^>]*id=\"([^\"]+)\"")
                .matcher(opf);
        assertTrue(item.find(), "the manifest lists " + chapter);
        assertTrue(
            opf.contains("<itemref idref=\"" + item.group(1) + "\""), "the spine lists " + chapter);
        assertTrue(epub.getEntry(folder + chapter) != null, "the EPUB holds " + chapter);
      }
      ZipEntry nav = epub.getEntry(folder + "nav.xhtml");
      assertTrue(nav != null, "a navigation document");
      String navigation = normalized(read(epub, nav).replace("&#8217;", "'").replace("&amp;", "&"));
      for (String title : titles.values()) {
        assertTrue(navigation.contains(normalized(title)), "the navigation lacks '" + title + "'");
      }
    }
  }

  private static String read(ZipFile zip, ZipEntry entry) throws IOException {
    try (InputStream in = zip.getInputStream(entry)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theOfflineZipUnzipsToASiteTheCheckerPasses(@TempDir Path unzipped)
      throws IOException, InterruptedException {
    Path zip = Path.of("target/handbook-offline.zip");
    assertTrue(Files.isRegularFile(zip), "run ./mvnw package first: no " + zip);
    assertEquals(
        Files.size(EDITIONS.resolve(Edition.OFFLINE.fileName())),
        Files.size(zip),
        "target/handbook-offline.zip is the zip the site links to");
    try (ZipFile site = new ZipFile(zip.toFile())) {
      for (ZipEntry entry : java.util.Collections.list(site.entries())) {
        Path target = unzipped.resolve(entry.getName()).normalize();
        assertTrue(target.startsWith(unzipped), "an entry inside the folder: " + entry.getName());
        Files.createDirectories(target.getParent());
        try (InputStream in = site.getInputStream(entry)) {
          Files.copy(in, target);
        }
      }
    }
    assertTrue(Files.isRegularFile(unzipped.resolve("index.html")), "index.html at the top");
    assertTrue(Files.isRegularFile(unzipped.resolve(Edition.PDF.uri())), "the PDF comes along");
    Process check =
        new ProcessBuilder(
                HandbookJar.command(
                    "check", "--config=src/checker.properties", unzipped.toString()))
            .redirectErrorStream(true)
            .start();
    String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, check.waitFor(), output);
    assertTrue(output.contains(": 0 errors, 0 warnings"), output);
  }

  @Test
  void theSiteLinksToEveryEditionFromTheHomePageAndEveryFooter() throws IOException {
    String home = Files.readString(SITE.resolve("index.html"), StandardCharsets.UTF_8);
    String page = Files.readString(SITE.resolve("data/databases.html"), StandardCharsets.UTF_8);
    for (Edition edition : Edition.values()) {
      assertEquals(2, count(home, "href=\"" + edition.uri() + "\""), "home: " + edition);
      assertEquals(1, count(page, "href=\"../" + edition.uri() + "\""), "footer: " + edition);
    }
  }

  @Test
  void aBakeWithoutEditionsLeavesTheirLinksOut(@TempDir Path site)
      throws IOException, InterruptedException {
    Process bake =
        new ProcessBuilder(
                HandbookJar.command(
                    "bake",
                    "--no-editions",
                    "--no-check",
                    "--cache=target/handbook-cache",
                    "src",
                    site.toString()))
            .redirectErrorStream(true)
            .start();
    String output = new String(bake.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, bake.waitFor(), output);
    assertFalse(Files.exists(site.resolve(Edition.FOLDER)), "no editions folder");
    for (String file : List.of("index.html", "data/databases.html")) {
      String html = Files.readString(site.resolve(file), StandardCharsets.UTF_8);
      assertEquals(0, count(html, Edition.FOLDER + "/"), file);
    }
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }
}
