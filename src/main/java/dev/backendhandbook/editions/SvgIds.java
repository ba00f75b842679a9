package dev.backendhandbook.editions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Makes the ids inside each diagram unique, as XML requires of a document (the EPUB holds each SVG
 * as one, and epubcheck refuses a repeated id). PlantUML can give a state and the start marker one
 * id; the site is not affected, since it shows diagrams as images. A repeated id gets a suffix
 * ({@code ent0002-2}); the diagrams refer to their elements by id only in data attributes.
 */
final class SvgIds {
  private static final Pattern ID = Pattern.compile("\\sid=(['\"])([^'\"]+)\\1");

  private SvgIds() {}

  /** Rewrites every SVG file in {@code folder} that repeats an id. */
  static void deduplicate(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return;
    }
    List<Path> svgs;
    try (Stream<Path> files = Files.list(folder)) {
      svgs = files.filter(f -> f.getFileName().toString().endsWith(".svg")).sorted().toList();
    }
    for (Path svg : svgs) {
      String text = Files.readString(svg, StandardCharsets.UTF_8);
      String unique = deduplicate(text);
      if (!unique.equals(text)) {
        Files.writeString(svg, unique, StandardCharsets.UTF_8);
      }
    }
  }

  static String deduplicate(String svg) {
    Set<String> seen = new HashSet<>();
    Matcher id = ID.matcher(svg);
    StringBuilder text = new StringBuilder();
    while (id.find()) {
      String value = id.group(2);
      String unique = value;
      for (int n = 2; !seen.add(unique); n++) {
        unique = value + "-" + n;
      }
      String quote = id.group(1);
      id.appendReplacement(text, Matcher.quoteReplacement(" id=" + quote + unique + quote));
    }
    id.appendTail(text);
    return text.toString();
  }
}
