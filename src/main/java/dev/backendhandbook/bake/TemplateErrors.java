package dev.backendhandbook.bake;

import dev.backendhandbook.diagnostic.Diagnostic;
import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns an error JBake collected while rendering into a diagnostic at the template's line, with
 * Freemarker's own explanation, found in the chain of causes where Freemarker left it.
 */
final class TemplateErrors {
  private static final Pattern POSITION =
      Pattern.compile(
          "in template \"([^\"]+)\"(?: in macro \"[^\"]+\")? at line (\\d+), column (\\d+)");

  private static final List<String> TAILS = List.of("\n----", "Was expecting one of");
  private static final Pattern POSITION_NOTE =
      Pattern.compile("\\s*\\[" + POSITION.pattern() + "]");

  private TemplateErrors() {}

  static Diagnostic diagnose(Throwable error, SourceLayout layout) {
    List<Throwable> chain = chain(error);
    for (Throwable cause : chain) {
      if (cause instanceof TemplateException template && template.getTemplateSourceName() != null) {
        return at(
            layout,
            template.getTemplateSourceName(),
            orZero(template.getLineNumber()),
            orZero(template.getColumnNumber()),
            template.getMessageWithoutStackTop());
      }
      if (cause instanceof ParseException parse && parse.getTemplateName() != null) {
        return at(
            layout,
            parse.getTemplateName(),
            parse.getLineNumber(),
            parse.getColumnNumber(),
            parse.getEditorMessage());
      }
    }
    // Some of Freemarker's exceptions carry the position only in their text.
    for (Throwable cause : chain) {
      String message = String.valueOf(cause.getMessage());
      Matcher position = POSITION.matcher(message);
      if (position.find()) {
        return at(
            layout,
            position.group(1),
            Integer.parseInt(position.group(2)),
            Integer.parseInt(position.group(3)),
            message);
      }
    }
    // No template position anywhere: the deepest cause says most.
    Throwable root = chain.get(chain.size() - 1);
    String message =
        root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return Diagnostic.error(layout.display(layout.templates()), 0, 0, "template", summary(message));
  }

  /** The error and its causes, each once, even when the causes form a cycle. */
  private static List<Throwable> chain(Throwable error) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Throwable> chain = new ArrayList<>();
    for (Throwable cause = error; cause != null && seen.add(cause); cause = cause.getCause()) {
      chain.add(cause);
    }
    return chain;
  }

  private static Diagnostic at(
      SourceLayout layout, String template, int line, int column, @Nullable String message) {
    return Diagnostic.error(
        layout.display(layout.templates().resolve(template)),
        line,
        column,
        "template",
        summary(message));
  }

  private static int orZero(@Nullable Integer value) {
    return value == null ? 0 : value;
  }

  /**
   * Freemarker's message on one line, without what it appends after the cause: the tips after a
   * rule of dashes, the parser's list of every token it could have accepted, and the position,
   * which the diagnostic already gives.
   */
  private static String summary(@Nullable String message) {
    String text = message == null ? "" : message;
    for (String tail : TAILS) {
      int at = text.indexOf(tail);
      if (at >= 0) {
        text = text.substring(0, at);
      }
    }
    return POSITION_NOTE.matcher(text).replaceAll("").replaceAll("\\s+", " ").strip();
  }
}
