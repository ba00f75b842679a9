package dev.backendhandbook.bake;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.asciidoctor.ast.Cursor;
import org.asciidoctor.log.LogHandler;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;

/**
 * Turns Asciidoctor's log records into problems of the page being converted on the same thread:
 * every warning and error fails the bake.
 *
 * <p>A record carries the file and line Asciidoctor was reading, which for an included file is the
 * included file. Records without a position are placed on their page, at the line that caused them
 * where the message says enough to find it.
 */
final class AsciidoctorLog implements LogHandler {
  /** Reported with a position by CrossReferenceScanner instead. */
  private static final Pattern UNKNOWN_REFERENCE = Pattern.compile("^possible invalid reference: ");

  /** Logged while converting, without a position; the line is found by looking for it. */
  private static final Pattern MISSING_ATTRIBUTE =
      Pattern.compile(
          "^(?:skipping|dropping line containing) reference to missing attribute: (\\S+)");

  /** Logged at the end of a page for a delimited block that is never closed. */
  private static final Pattern UNTERMINATED = Pattern.compile("^unterminated \\w+ block");

  /** A line that opens or closes a delimited block, as AsciiDoc's delimiters are written. */
  private static final Pattern DELIMITER =
      Pattern.compile("^(-{4,}|\\.{4,}|\\+{4,}|/{4,}|={4,}|\\*{4,}|_{4,}|\\|===)\\s*$");

  @Override
  public void log(LogRecord record) {
    Severity severity = record.getSeverity();
    String message = String.valueOf(record.getMessage());
    if (severity.compareTo(Severity.WARN) < 0 || UNKNOWN_REFERENCE.matcher(message).find()) {
      return;
    }
    ConversionContext context = ConversionContext.current();
    if (context == null) {
      // Not from a page's conversion (Asciidoctor starting up, say): nothing to attach it to.
      return;
    }
    Cursor cursor = record.getCursor();
    Path file = null;
    int line = 0;
    if (cursor != null) {
      if (cursor.getFile() != null && !cursor.getFile().startsWith("<")) {
        file = Path.of(cursor.getFile());
      }
      line = cursor.getLineNumber();
    }
    int column = 0;
    boolean onPage = file == null || file.equals(context.page().file());
    if (line == 0 && onPage) {
      int[] found = positionOfMissingAttribute(context.page().lines(), message);
      line = found[0];
      column = found[1];
    }
    if (onPage && UNTERMINATED.matcher(message).find()) {
      // Asciidoctor notices at the end of the page; the writer needs the line that opened it.
      int opened = unclosedDelimiter(context.page().lines());
      if (opened > 0) {
        line = opened;
        column = 1;
      }
    }
    if (line > 0 && column == 0) {
      column = 1;
    }
    // Some messages (PlantUML's) span lines and pad with spaces; a diagnostic is one line.
    context.problem(
        file, line, column, true, "asciidoctor", message.replaceAll("\\s+", " ").strip());
  }

  /** The line of the last block delimiter that nothing closes, or 0. */
  private static int unclosedDelimiter(List<String> lines) {
    String open = null;
    int openedAt = 0;
    for (int i = 0; i < lines.size(); i++) {
      Matcher delimiter = DELIMITER.matcher(lines.get(i));
      if (!delimiter.matches()) {
        continue;
      }
      if (open == null) {
        open = delimiter.group(1);
        openedAt = i + 1;
      } else if (open.equals(delimiter.group(1))) {
        open = null;
      }
    }
    return open == null ? 0 : openedAt;
  }

  /** The line and column of the first use of the missing attribute, or zeros. */
  private static int[] positionOfMissingAttribute(List<String> lines, String message) {
    Matcher missing = MISSING_ATTRIBUTE.matcher(message);
    if (!missing.find()) {
      return new int[] {0, 0};
    }
    String reference = "{" + missing.group(1) + "}";
    for (int i = 0; i < lines.size(); i++) {
      int at = lines.get(i).indexOf(reference);
      if (at >= 0) {
        return new int[] {i + 1, at + 1};
      }
    }
    return new int[] {0, 0};
  }
}
