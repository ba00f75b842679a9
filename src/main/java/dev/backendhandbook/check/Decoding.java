package dev.backendhandbook.check;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns the bytes of a page or a stylesheet into text the way a browser picks their encoding: a
 * byte order mark first, then what the file declares ({@code <meta charset>} in the first 1024
 * bytes of a page, HTML's prescan; {@code @charset} at the start of a stylesheet, CSS Syntax), else
 * UTF-8. Bytes that do not decode become U+FFFD and one problem at their line and column, so a
 * badly encoded file is still checked.
 */
final class Decoding {
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta\\s[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern CSS_CHARSET = Pattern.compile("^@charset \"([^\"]+)\";");

  /**
   * What a file's bytes say, in the charset chosen for them.
   *
   * @param problem what went wrong decoding, or null when nothing did
   */
  record Decoded(String text, Charset charset, @Nullable Problem problem) {}

  /** A decoding problem at a 1-based line and column of the decoded text. */
  record Problem(int line, int column, String message) {}

  private Decoding() {}

  static Decoded page(byte[] bytes) {
    String declared = null;
    if (bom(bytes) == null) {
      int prescan = Math.min(bytes.length, 1024);
      Matcher meta =
          META_CHARSET.matcher(new String(bytes, 0, prescan, StandardCharsets.ISO_8859_1));
      declared = meta.find() ? meta.group(1) : null;
    }
    return decode(bytes, declared, "page", "<meta charset>");
  }

  static Decoded stylesheet(byte[] bytes) {
    String declared = null;
    if (bom(bytes) == null) {
      Matcher rule =
          CSS_CHARSET.matcher(
              new String(bytes, 0, Math.min(bytes.length, 256), StandardCharsets.ISO_8859_1));
      declared = rule.find() ? rule.group(1) : null;
    }
    return decode(bytes, declared, "stylesheet", "@charset");
  }

  /** Decodes as the HTML parser would re-decode the same bytes, for the second parse. */
  static String again(byte[] bytes, Charset charset) {
    int skip = bomLength(bytes);
    return new String(bytes, skip, bytes.length - skip, charset);
  }

  private static Decoded decode(byte[] bytes, @Nullable String declared, String what, String how) {
    Charset charset = bom(bytes);
    Problem problem = null;
    if (charset == null) {
      charset = StandardCharsets.UTF_8;
      if (declared != null) {
        Charset named = named(declared);
        if (named == null) {
          problem =
              new Problem(
                  1,
                  1,
                  what
                      + " declares the unknown encoding '"
                      + declared
                      + "', so it was read as UTF-8");
        } else {
          charset = named;
        }
      }
    }
    String text = again(bytes, charset);
    if (problem == null) {
      problem = malformed(bytes, charset, what, how);
    }
    return new Decoded(text, charset, problem);
  }

  /** The first bytes that do not decode, as a problem at their place, or null when all do. */
  private static @Nullable Problem malformed(
      byte[] bytes, Charset charset, String what, String how) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    int skip = bomLength(bytes);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    var result = decoder.decode(in, out, true);
    if (!result.isError()) {
      return null;
    }
    int at = in.position();
    out.flip();
    String before = out.toString();
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < before.length(); i++) {
      if (before.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new Problem(
        line,
        before.length() - lineStart + 1,
        String.format(
            Locale.ROOT,
            "%s is not valid %s: byte 0x%02X cannot be decoded; save it as %s or declare its"
                + " encoding with %s",
            what,
            charset.name(),
            bytes[at] & 0xFF,
            charset.name(),
            how));
  }

  private static int bomLength(byte[] bytes) {
    Charset fromBom = bom(bytes);
    return fromBom == null ? 0 : fromBom.equals(StandardCharsets.UTF_8) ? 3 : 2;
  }

  private static @Nullable Charset bom(byte[] bytes) {
    if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  /**
   * The charset a label names. The Encoding Standard reads the Latin-1 and ASCII labels as
   * windows-1252, which every byte decodes in.
   */
  private static @Nullable Charset named(String label) {
    String name = label.strip().toLowerCase(Locale.ROOT);
    if (name.equals("iso-8859-1")
        || name.equals("latin1")
        || name.equals("l1")
        || name.equals("us-ascii")
        || name.equals("ascii")) {
      name = "windows-1252";
    }
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }
}
