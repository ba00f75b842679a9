package dev.backendhandbook.bake;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the cross references written in a page's source, with their exact line and column.
 *
 * <p>Asciidoctor does not check references between documents, and reports an unknown id inside a
 * document without a source position; reading the source lines gives both back. Literal, listing,
 * passthrough and comment blocks are skipped, as Asciidoctor does not read references there either.
 */
final class CrossReferenceScanner {
  private static final Pattern XREF_MACRO = Pattern.compile("(?<!\\\\)xref:([^\\s\\[]+)\\[");
  private static final Pattern XREF_SHORTHAND =
      Pattern.compile("(?<!\\\\)<<([^>,\\s]+)(?:,[^>]*)?>>");
  private static final Pattern VERBATIM_DELIMITER =
      Pattern.compile("^(-{4,}|\\.{4,}|\\+{4,}|/{4,})\\s*$");

  private CrossReferenceScanner() {}

  static List<CrossReference> scan(Path file, List<String> lines) {
    List<CrossReference> found = new ArrayList<>();
    String openDelimiter = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher delimiter = VERBATIM_DELIMITER.matcher(line);
      if (delimiter.matches()) {
        String mark = delimiter.group(1);
        if (openDelimiter == null) {
          openDelimiter = mark;
        } else if (openDelimiter.equals(mark)) {
          openDelimiter = null;
        }
        continue;
      }
      if (openDelimiter != null || line.startsWith("//")) {
        continue;
      }
      // Most lines have no reference: a plain search rules them out faster than the patterns do.
      if (line.contains("xref:")) {
        collect(XREF_MACRO.matcher(line), file, i + 1, found);
      }
      if (line.contains("<<")) {
        collect(XREF_SHORTHAND.matcher(line), file, i + 1, found);
      }
    }
    return found;
  }

  private static void collect(Matcher matcher, Path file, int line, List<CrossReference> into) {
    while (matcher.find()) {
      into.add(new CrossReference(file, line, matcher.start(1) + 1, matcher.group(1)));
    }
  }
}
