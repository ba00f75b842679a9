package dev.backendhandbook.bake;

import dev.backendhandbook.check.SiteContract;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.asciidoctor.ast.Cursor;
import org.asciidoctor.ast.StructuralNode;

/**
 * Records in the converted HTML the AsciiDoc line each block comes from, as {@code
 * data-source-line="12"}, so the checker can point a finding in a baked page at the line to edit.
 *
 * <p>Asciidoctor knows each block's line when it parses with the {@code sourcemap} option, but its
 * HTML converter writes no such attribute. What it does write for every block is the block's roles,
 * in the class of the block's outer element; so each block gets a role carrying its line before
 * conversion, and the role is turned into the attribute after.
 */
final class SourceLines {
  private static final String ROLE = "handbook-source-line-";
  private static final Pattern MARKED =
      Pattern.compile("class=\"([^\"]*?) ?" + ROLE + "(\\d+)([^\"]*)\"");

  private SourceLines() {}

  /** Gives every block under {@code node} a role naming its source line. */
  static void mark(StructuralNode node) {
    for (StructuralNode block : node.getBlocks()) {
      if (block == null) {
        continue;
      }
      Cursor at = block.getSourceLocation();
      if (at != null && at.getLineNumber() > 0) {
        block.addRole(ROLE + at.getLineNumber());
      }
      mark(block);
    }
  }

  /** Turns the roles {@link #mark} gave into {@code data-source-line} attributes. */
  static String attributes(String html) {
    if (!html.contains(ROLE)) {
      return html;
    }
    Matcher marked = MARKED.matcher(html);
    StringBuilder out = new StringBuilder(html.length());
    while (marked.find()) {
      String classes = (marked.group(1) + marked.group(3)).strip();
      marked.appendReplacement(
          out,
          Matcher.quoteReplacement(
              (classes.isEmpty() ? "" : "class=\"" + classes + "\" ")
                  + SiteContract.SOURCE_LINE
                  + "=\""
                  + marked.group(2)
                  + "\""));
    }
    marked.appendTail(out);
    return out.toString();
  }
}
