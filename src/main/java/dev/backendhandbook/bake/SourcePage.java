package dev.backendhandbook.bake;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One AsciiDoc page as read from the source tree: its absolute path, its path inside the content
 * folder (with '/' separators), its bytes exactly as on disk (which key the conversion cache), its
 * text as UTF-8 line by line without a leading byte-order mark, and its header.
 */
final class SourcePage {
  private final Path file;
  private final String relative;
  private final byte[] bytes;
  private final List<String> lines;
  private final PageHeader header;

  private SourcePage(
      Path file, String relative, byte[] bytes, List<String> lines, PageHeader header) {
    this.file = file;
    this.relative = relative;
    this.bytes = bytes;
    this.lines = List.copyOf(lines);
    this.header = header;
  }

  Path file() {
    return file;
  }

  String relative() {
    return relative;
  }

  /** The bytes as read; callers must not change them. */
  byte[] bytes() {
    return bytes;
  }

  List<String> lines() {
    return lines;
  }

  PageHeader header() {
    return header;
  }

  /**
   * Thrown for a page that is not UTF-8 text, with the line and column of the first byte that shows
   * it.
   */
  static final class NotTextException extends Exception {
    private static final long serialVersionUID = 1L;

    final int line;
    final int column;

    NotTextException(int line, int column, String message) {
      super(message);
      this.line = line;
      this.column = column;
    }
  }

  /** The page's address in the site: its path with {@code .html} for its AsciiDoc extension. */
  String uri() {
    int dot = relative.lastIndexOf('.');
    return relative.substring(0, dot) + ".html";
  }

  /** The way back from the page to the site root: {@code ../} once per folder. */
  String rootPath() {
    return "../".repeat((int) relative.chars().filter(c -> c == '/').count());
  }

  static SourcePage read(Path file, String relative) throws IOException, NotTextException {
    byte[] bytes = Files.readAllBytes(file);
    // Text never holds a NUL byte; binary files almost always do, and may still decode as UTF-8.
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new NotTextException(
            lineOf(bytes, i),
            columnOf(bytes, i),
            "page is not text: it holds a NUL byte, as binary files do; only AsciiDoc pages may"
                + " have a page extension");
      }
    }
    String text = decode(bytes);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<String> lines = text.lines().toList();
    return new SourcePage(file, relative, bytes, lines, PageHeader.read(lines));
  }

  /** Decodes strictly, so a byte that is not UTF-8 is reported rather than silently replaced. */
  private static String decode(byte[] bytes) throws NotTextException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return decoder.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      int bad = firstMalformed(bytes);
      throw new NotTextException(
          lineOf(bytes, bad),
          columnOf(bytes, bad),
          String.format(
              "page is not UTF-8 text: byte 0x%02X cannot start or continue a UTF-8 character;"
                  + " save the file as UTF-8",
              bytes[bad] & 0xFF));
    }
  }

  /** The 1-based line of the byte at {@code offset}. */
  private static int lineOf(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  /** The 1-based column, in characters, of the byte at {@code offset}. */
  private static int columnOf(byte[] bytes, int offset) {
    int lineStart = offset;
    while (lineStart > 0 && bytes[lineStart - 1] != '\n') {
      lineStart--;
    }
    String prefix = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
    return prefix.codePointCount(0, prefix.length()) + 1;
  }

  /** The offset of the first byte that does not decode as UTF-8. */
  private static int firstMalformed(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
    java.nio.charset.CoderResult result = decoder.decode(in, out, true);
    return result.isError() ? in.position() : bytes.length - 1;
  }
}
