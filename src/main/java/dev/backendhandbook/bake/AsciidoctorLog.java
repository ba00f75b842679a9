package dev.backendhandbook.bake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.asciidoctor.ast.Cursor;
import org.asciidoctor.log.LogHandler;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;
import org.jspecify.annotations.Nullable;

/**
 * Turns Asciidoctor's log records into diagnostics: every warning and error fails the bake.
 *
 * <p>A record carries the file and line Asciidoctor was reading, which for an included file is the
 * included file. Records without a position are placed on the page being processed.
 */
final class AsciidoctorLog implements LogHandler {
  /** Reported with a position by CrossReferenceScanner instead. */
  private static final Pattern UNKNOWN_REFERENCE = Pattern.compile("^possible invalid reference: ");

  /**
   * Logged while converting, without a position; the line is found by looking for the reference.
   */
  private static final Pattern MISSING_ATTRIBUTE =
      Pattern.compile(
          "^(?:skipping|dropping line containing) reference to missing attribute: (\\S+)");

  private final Supplier<BakeSession> sessions;

  /**
   * @param sessions the bake under way, as one Asciidoctor serves every bake of a Baker
   */
  AsciidoctorLog(Supplier<BakeSession> sessions) {
    this.sessions = sessions;
  }

  @Override
  public void log(LogRecord record) {
    Severity severity = record.getSeverity();
    if (severity.compareTo(Severity.WARN) < 0
        || UNKNOWN_REFERENCE.matcher(record.getMessage()).find()) {
      return;
    }
    BakeSession session = sessions.get();
    Cursor cursor = record.getCursor();
    Path file = session.currentPage();
    int line = 0;
    if (cursor != null) {
      if (cursor.getFile() != null && !cursor.getFile().startsWith("<")) {
        file = Path.of(cursor.getFile());
      }
      line = cursor.getLineNumber();
    }
    if (line == 0) {
      line = lineOfMissingAttribute(file, record.getMessage());
    }
    // Some messages (PlantUML's) span lines and pad with spaces; a diagnostic is one line.
    session.error(
        file, line, 0, "asciidoctor", record.getMessage().replaceAll("\\s+", " ").strip());
  }

  /** The first line of the page that refers to the missing attribute, or 0. */
  private static int lineOfMissingAttribute(@Nullable Path file, String message) {
    Matcher missing = MISSING_ATTRIBUTE.matcher(message);
    if (file == null || !missing.find()) {
      return 0;
    }
    String reference = "{" + missing.group(1) + "}";
    try {
      List<String> lines = Files.readAllLines(file);
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).contains(reference)) {
          return i + 1;
        }
      }
    } catch (IOException unreadable) {
      // the diagnostic still names the file
    }
    return 0;
  }
}
