package dev.backendhandbook.examples.operations;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A strict reader for the flat JSON objects a log line holds: string, integer and boolean values
 * only. It throws on anything else, so a malformed line fails the test that reads it.
 */
final class FlatJson {
  private static final Pattern BARE = Pattern.compile("-?(0|[1-9][0-9]*)|true|false");

  private final String text;
  private int at;

  private FlatJson(String text) {
    this.text = text;
  }

  /** The fields of one line, each value as text (a string's unescaped contents, or a number). */
  static Map<String, String> parse(String line) {
    FlatJson reader = new FlatJson(line);
    Map<String, String> fields = reader.object();
    if (reader.at != line.length()) {
      throw new IllegalArgumentException("text after the object at " + reader.at + ": " + line);
    }
    return fields;
  }

  private Map<String, String> object() {
    Map<String, String> fields = new LinkedHashMap<>();
    expect('{');
    if (peek() == '}') {
      at++;
      return fields;
    }
    while (true) {
      String key = string();
      expect(':');
      String value = peek() == '"' ? string() : bare();
      if (fields.put(key, value) != null) {
        throw new IllegalArgumentException("duplicate key " + key + " in " + text);
      }
      char next = next();
      if (next == '}') {
        return fields;
      }
      if (next != ',') {
        throw new IllegalArgumentException("expected , or } at " + (at - 1) + " in " + text);
      }
    }
  }

  private String string() {
    expect('"');
    StringBuilder out = new StringBuilder();
    while (true) {
      char c = next();
      if (c == '"') {
        return out.toString();
      }
      if (c < 0x20) {
        throw new IllegalArgumentException("unescaped control character in " + text);
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char escaped = next();
      switch (escaped) {
        case '"', '\\', '/' -> out.append(escaped);
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'u' -> {
          out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
          at += 4;
        }
        default -> throw new IllegalArgumentException("bad escape \\" + escaped + " in " + text);
      }
    }
  }

  private String bare() {
    int start = at;
    while (at < text.length() && text.charAt(at) != ',' && text.charAt(at) != '}') {
      at++;
    }
    String value = text.substring(start, at);
    if (!BARE.matcher(value).matches()) {
      throw new IllegalArgumentException("not an integer or boolean: " + value + " in " + text);
    }
    return value;
  }

  private char peek() {
    if (at >= text.length()) {
      throw new IllegalArgumentException("line ends too soon: " + text);
    }
    return text.charAt(at);
  }

  private char next() {
    char c = peek();
    at++;
    return c;
  }

  private void expect(char c) {
    if (next() != c) {
      throw new IllegalArgumentException("expected " + c + " at " + (at - 1) + " in " + text);
    }
  }
}
