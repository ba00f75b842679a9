package dev.backendhandbook.bake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.jspecify.annotations.Nullable;

/**
 * The header of a page, read from its source lines without starting Asciidoctor: the {@code =
 * Title} line and the attribute entries up to the first blank line, each with the line and column
 * it was written at, so a problem points at it and a rebuild of an unchanged page needs no JRuby.
 *
 * <p>The handbook's header convention (see README, "Writing a page"): every page has a title, a
 * {@code :description:}, {@code :jbake-type:} ({@code home}, {@code section} or {@code page}) and
 * {@code :jbake-status:} ({@code published} or {@code draft}); sections and pages also name their
 * {@code :jbake-section:} and an integer {@code :jbake-order:}; pages carry {@code :jbake-tags:}.
 */
final class PageHeader {
  static final String DESCRIPTION = "description";
  static final String TYPE = "jbake-type";
  static final String STATUS = "jbake-status";
  static final String SECTION = "jbake-section";
  static final String ORDER = "jbake-order";
  static final String TAGS = "jbake-tags";
  static final String ALIASES = "page-aliases";

  /**
   * Every {@code jbake-} and {@code page-} attribute the handbook reads; any other is a
   * misspelling.
   */
  private static final Set<String> KNOWN_JBAKE =
      Set.of(TYPE, STATUS, SECTION, ORDER, TAGS, ALIASES);

  private static final Set<String> TYPES = Set.of("home", "section", "page");
  private static final Pattern TITLE = Pattern.compile("^= (\\S.*)$");
  private static final Pattern ENTRY = Pattern.compile("^:([\\w][\\w-]*)(!?):(?:[ \\t]+(.*))?$");
  private static final Pattern COMMA = Pattern.compile(",");
  private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  /** One attribute entry: its value and where the value starts (1-based). */
  record Entry(String name, String value, int line, int column) {}

  /** One problem with the header, at a line and column of the page. */
  record Problem(int line, int column, String message) {}

  private final @Nullable String title;
  private final int titleLine;
  private final Map<String, Entry> entries;
  private final int endLine;

  private PageHeader(
      @Nullable String title, int titleLine, Map<String, Entry> entries, int endLine) {
    this.title = title;
    this.titleLine = titleLine;
    this.entries = entries;
    this.endLine = endLine;
  }

  /** Reads the header from a page's source lines. */
  static PageHeader read(List<String> lines) {
    String title = null;
    int titleLine = 0;
    Map<String, Entry> entries = new LinkedHashMap<>();
    int i = 0;
    // Comment lines may come before the title, as Asciidoctor allows.
    while (i < lines.size() && lines.get(i).startsWith("//")) {
      i++;
    }
    if (i < lines.size()) {
      Matcher heading = TITLE.matcher(lines.get(i));
      if (heading.matches()) {
        title = heading.group(1).strip();
        titleLine = i + 1;
        i++;
      }
    }
    for (; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        break;
      }
      if (line.startsWith("//")) {
        continue;
      }
      Matcher entry = ENTRY.matcher(line);
      if (!entry.matches()) {
        continue;
      }
      int valueLine = i + 1;
      int column = entry.group(3) == null ? line.length() + 1 : entry.start(3) + 1;
      StringBuilder value = new StringBuilder(entry.group(3) == null ? "" : entry.group(3));
      // A value may continue on the next line after a trailing " \".
      while (value.toString().endsWith(" \\") && i + 1 < lines.size()) {
        value.setLength(value.length() - 2);
        i++;
        value.append(' ').append(lines.get(i).strip());
      }
      if (entry.group(2).isEmpty()) {
        entries.putIfAbsent(
            entry.group(1), new Entry(entry.group(1), value.toString().strip(), valueLine, column));
      }
    }
    return new PageHeader(title, titleLine, entries, i);
  }

  @Nullable String title() {
    return title;
  }

  /** The attribute's value, or null when it is missing or empty. */
  @Nullable String value(String name) {
    Entry entry = entries.get(name);
    return entry == null || entry.value().isEmpty() ? null : entry.value();
  }

  @Nullable String description() {
    return value(DESCRIPTION);
  }

  @Nullable String type() {
    return value(TYPE);
  }

  @Nullable String status() {
    return value(STATUS);
  }

  @Nullable String section() {
    return value(SECTION);
  }

  /** The order as an integer, or null when it is missing or not an integer. */
  @Nullable Integer order() {
    String order = value(ORDER);
    if (order == null) {
      return null;
    }
    try {
      return Integer.valueOf(order);
    } catch (NumberFormatException notAnInteger) {
      return null;
    }
  }

  List<String> tags() {
    return list(TAGS);
  }

  /** The former paths of the page, from {@code :page-aliases:}. */
  List<String> aliases() {
    return list(ALIASES);
  }

  private List<String> list(String name) {
    String value = value(name);
    if (value == null) {
      return List.of();
    }
    List<String> result = new ArrayList<>();
    for (String item : COMMA.split(value, -1)) {
      String clean = item.strip();
      if (!clean.isEmpty()) {
        result.add(clean);
      }
    }
    return result;
  }

  /** The line of the {@code = Title}, or 1 when the page has none. */
  int titleLine() {
    return Math.max(1, titleLine);
  }

  /** The line of an attribute's entry, or of the header's end when it is missing. */
  int lineOf(String attribute) {
    Entry entry = entries.get(attribute);
    return entry != null ? entry.line() : Math.max(1, endLine);
  }

  /** The column of an attribute's value, or 1 when it is missing. */
  int columnOf(String attribute) {
    Entry entry = entries.get(attribute);
    return entry != null ? entry.column() : 1;
  }

  /** Every problem with the header, in the order of the lines. */
  List<Problem> problems() {
    List<Problem> problems = new ArrayList<>();
    if (title == null) {
      problems.add(new Problem(1, 1, "page has no title: its first line must be '= Title'"));
    }
    for (Entry entry : entries.values()) {
      boolean ours = entry.name().startsWith("jbake-") || entry.name().startsWith("page-");
      if (ours && !KNOWN_JBAKE.contains(entry.name())) {
        String closest = closest(entry.name());
        problems.add(
            new Problem(
                entry.line(),
                1,
                "unknown header attribute ':"
                    + entry.name()
                    + ":'"
                    + (closest == null
                        ? "; the handbook reads " + known()
                        : "; did you mean ':" + closest + ":'?")));
      }
    }
    require(problems, DESCRIPTION, "the page's one-sentence summary");
    require(problems, TYPE, "home, section or page");
    require(problems, STATUS, "published or draft");
    String type = type();
    if (type != null && !TYPES.contains(type)) {
      problems.add(
          at(
              TYPE,
              "header attribute ':"
                  + TYPE
                  + ":' must be home, section or page, not '"
                  + type
                  + "'"));
    }
    String status = status();
    if (status != null && !status.equals("published") && !status.equals("draft")) {
      problems.add(
          at(
              STATUS,
              "header attribute ':"
                  + STATUS
                  + ":' must be 'published' or 'draft', not '"
                  + status
                  + "'"));
    }
    if ("page".equals(type) || "section".equals(type)) {
      require(problems, SECTION, "the section the navigation places it in");
      String orderText = value(ORDER);
      if (orderText == null) {
        require(problems, ORDER, "its place in the section, an integer");
      } else if (order() == null) {
        problems.add(
            at(
                ORDER,
                "header attribute ':" + ORDER + ":' must be an integer, not '" + orderText + "'"));
      }
    }
    if ("page".equals(type)) {
      require(problems, TAGS, "a comma-separated list");
      for (String tag : tags()) {
        String clean = tag.toLowerCase(Locale.ROOT).replace(' ', '-');
        if (!KEBAB.matcher(clean).matches()) {
          problems.add(
              at(
                  TAGS,
                  "tag '" + tag + "' must be words of letters and digits, such as 'api-design'"));
        }
      }
    }
    problems.sort(
        java.util.Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
    return problems;
  }

  private void require(List<Problem> problems, String name, String what) {
    if (value(name) == null) {
      problems.add(
          at(
              name,
              entries.containsKey(name)
                  ? "header attribute ':" + name + ":' is empty (" + what + ")"
                  : "missing header attribute ':" + name + ":' (" + what + ")"));
    }
  }

  private Problem at(String name, String message) {
    return new Problem(lineOf(name), columnOf(name), message);
  }

  private static String known() {
    return String.join(", ", KNOWN_JBAKE.stream().sorted().map(n -> ":" + n + ":").toList());
  }

  /** The known attribute a misspelling most likely meant, or null when none is close. */
  private static @Nullable String closest(String name) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String known : KNOWN_JBAKE.stream().sorted().toList()) {
      int distance = LevenshteinDistance.getDefaultInstance().apply(name, known);
      if (distance < bestDistance) {
        best = known;
        bestDistance = distance;
      }
    }
    return bestDistance <= 3 ? best : null;
  }
}
