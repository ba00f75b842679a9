package dev.backendhandbook.bake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The header of a page: its title and the attributes the site needs, with the line each one was
 * written on so a problem points at it.
 *
 * <p>Every page declares {@code :description:}, {@code :jbake-type:} and {@code :jbake-status:};
 * pages and section pages also declare {@code :jbake-section:} and an integer {@code
 * :jbake-order:}, from which the templates build the navigation.
 */
final class PageHeader {
  static final String DESCRIPTION = "description";
  static final String TYPE = "jbake-type";
  static final String STATUS = "jbake-status";
  static final String SECTION = "jbake-section";
  static final String ORDER = "jbake-order";
  static final String TAGS = "jbake-tags";

  private static final Pattern COMMA = Pattern.compile(",");
  private static final Pattern ATTRIBUTE_ENTRY = Pattern.compile("^:([\\w-]+)!?:");

  private final String title;
  private final Map<String, Object> attributes;
  private final Map<String, Integer> lines;

  private PageHeader(String title, Map<String, Object> attributes, Map<String, Integer> lines) {
    this.title = title;
    this.attributes = attributes;
    this.lines = lines;
  }

  /** Reads the header from a document's resolved attributes and its source lines. */
  static PageHeader of(String title, Map<String, Object> attributes, List<String> sourceLines) {
    Map<String, Integer> lines = new HashMap<>();
    for (int i = 0; i < sourceLines.size(); i++) {
      String line = sourceLines.get(i);
      if (line.isBlank() && i > 0) {
        break; // the header ends at the first blank line
      }
      Matcher entry = ATTRIBUTE_ENTRY.matcher(line);
      if (entry.find()) {
        lines.putIfAbsent(entry.group(1), i + 1);
      }
    }
    return new PageHeader(title, attributes, lines);
  }

  String title() {
    return title;
  }

  @Nullable String description() {
    return text(DESCRIPTION);
  }

  @Nullable String type() {
    return text(TYPE);
  }

  @Nullable String status() {
    return text(STATUS);
  }

  @Nullable String section() {
    return text(SECTION);
  }

  @Nullable String orderText() {
    return text(ORDER);
  }

  /** The order as an integer, or null when it is missing or not an integer. */
  @Nullable Integer order() {
    String order = orderText();
    if (order == null) {
      return null;
    }
    try {
      return Integer.valueOf(order.trim());
    } catch (NumberFormatException notAnInteger) {
      return null;
    }
  }

  List<String> tags() {
    String tags = text(TAGS);
    if (tags == null) {
      return List.of();
    }
    List<String> result = new ArrayList<>();
    for (String tag : COMMA.split(tags, -1)) {
      String clean = tag.trim().toLowerCase(Locale.ROOT).replace(' ', '-');
      if (!clean.isEmpty()) {
        result.add(clean);
      }
    }
    return result;
  }

  /** The line an attribute was written on, or 1 (the title line) when it is missing. */
  int lineOf(String attribute) {
    return lines.getOrDefault(attribute, 1);
  }

  /** What is missing or malformed, as messages keyed by the attribute they concern. */
  Map<String, String> problems() {
    Map<String, String> problems = new java.util.LinkedHashMap<>();
    if (title == null || title.isBlank()) {
      problems.put("", "page has no title (a first line '= Title')");
    }
    for (String required : Arrays.asList(DESCRIPTION, TYPE, STATUS)) {
      if (text(required) == null) {
        problems.put(required, "missing header attribute ':" + required + ":'");
      }
    }
    String type = type();
    if ("page".equals(type) || "section".equals(type)) {
      if (section() == null) {
        problems.put(
            SECTION, "missing header attribute ':" + SECTION + ":' (the navigation needs it)");
      }
      if (orderText() == null) {
        problems.put(ORDER, "missing header attribute ':" + ORDER + ":' (the navigation needs it)");
      } else if (order() == null) {
        problems.put(
            ORDER,
            "header attribute ':" + ORDER + ":' must be an integer, not '" + orderText() + "'");
      }
    }
    String status = status();
    if (status != null && !status.equals("published") && !status.equals("draft")) {
      problems.put(
          STATUS,
          "header attribute ':"
              + STATUS
              + ":' must be 'published' or 'draft', not '"
              + status
              + "'");
    }
    return problems;
  }

  private @Nullable String text(String name) {
    Object value = attributes.get(name);
    if (value == null) {
      return null;
    }
    String text = value.toString().trim();
    return text.isEmpty() ? null : text;
  }
}
