package dev.backendhandbook.editions;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * The baked site as one zip that works unzipped anywhere, opened from {@code index.html}: every
 * link the bake writes is relative, so the files only need to keep their places. The zip cannot
 * hold itself, so in its copy of the site the links to the offline zip point to the published one
 * instead (at {@code site.host}), where a reader gets a newer copy. Entries are in path order and
 * carry one fixed date, so the same site gives the same zip.
 */
final class OfflineZip {
  private static final Pattern SELF_LINK =
      Pattern.compile("href=\"(?:\\.\\./)*" + Pattern.quote(Edition.OFFLINE.uri()) + "\"");

  private OfflineZip() {}

  /**
   * Zips {@code site} into {@code zip}, leaving out the file at {@code skip} (the zip's place in
   * the site).
   */
  static void write(Path site, Path zip, Path skip, @Nullable String siteHost, Instant date)
      throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(site)) {
      files = walk.filter(Files::isRegularFile).filter(f -> !f.equals(skip)).sorted().toList();
    }
    FileTime time = FileTime.from(date);
    try (OutputStream out = Files.newOutputStream(zip);
        ZipOutputStream entries = new ZipOutputStream(out)) {
      for (Path file : files) {
        ZipEntry entry = new ZipEntry(site.relativize(file).toString().replace('\\', '/'));
        entry.setLastModifiedTime(time);
        entries.putNextEntry(entry);
        byte[] bytes = Files.readAllBytes(file);
        if (file.getFileName().toString().endsWith(".html")) {
          bytes = pointToPublished(bytes, siteHost);
        }
        entries.write(bytes);
        entries.closeEntry();
      }
    }
  }

  private static byte[] pointToPublished(byte[] html, @Nullable String siteHost) {
    String text = new String(html, StandardCharsets.UTF_8);
    Matcher link = SELF_LINK.matcher(text);
    if (siteHost == null || !link.find()) {
      return html;
    }
    String published =
        "href=\"" + siteHost.replaceAll("/+$", "") + "/" + Edition.OFFLINE.uri() + "\"";
    return link.replaceAll(Matcher.quoteReplacement(published)).getBytes(StandardCharsets.UTF_8);
  }
}
