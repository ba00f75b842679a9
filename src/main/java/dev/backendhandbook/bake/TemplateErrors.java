package dev.backendhandbook.bake;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the errors JBake collected while rendering into diagnostics at the template's line, found
 * in the chain of causes where Freemarker left it.
 */
final class TemplateErrors {
  private static final Pattern POSITION =
      Pattern.compile(
          "in template \"([^\"]+)\"(?: in macro \"[^\"]+\")? at line (\\d+), column (\\d+)");

  private TemplateErrors() {}

  static void report(Throwable error, BakeSession session) {
    Set<Throwable> seen = new HashSet<>();
    for (Throwable cause = error; cause != null && seen.add(cause); cause = cause.getCause()) {
      if (cause instanceof TemplateException template && template.getTemplateSourceName() != null) {
        session.error(
            templateFile(session, template.getTemplateSourceName()),
            orZero(template.getLineNumber()),
            orZero(template.getColumnNumber()),
            "template",
            summary(template.getMessageWithoutStackTop()));
        return;
      }
      if (cause instanceof ParseException parse && parse.getTemplateName() != null) {
        session.error(
            templateFile(session, parse.getTemplateName()),
            parse.getLineNumber(),
            parse.getColumnNumber(),
            "template",
            summary(parse.getEditorMessage()));
        return;
      }
    }
    // Freemarker's model exceptions carry the position only in their text.
    for (Throwable cause = error;
        cause != null;
        cause = cause.getCause() == cause ? null : cause.getCause()) {
      Matcher at = POSITION.matcher(String.valueOf(cause.getMessage()));
      if (at.find()) {
        String message = String.valueOf(cause.getMessage());
        int cut = message.indexOf("\n");
        session.error(
            templateFile(session, at.group(1)),
            Integer.parseInt(at.group(2)),
            Integer.parseInt(at.group(3)),
            "template",
            summary(cut < 0 ? message : message.substring(0, cut)));
        return;
      }
    }
    session.error(
        session.layout().templates(), 0, 0, "bake", summary(String.valueOf(error.getMessage())));
  }

  private static Path templateFile(BakeSession session, String name) {
    return session.layout().templates().resolve(name);
  }

  private static int orZero(Integer value) {
    return value == null ? 0 : value;
  }

  /** Freemarker's message on one line, without the tips it appends after a rule of dashes. */
  private static String summary(String message) {
    String text = message == null ? "" : message;
    int tips = text.indexOf("\n----");
    if (tips >= 0) {
      text = text.substring(0, tips);
    }
    return text.replaceAll("\\s+", " ").strip();
  }
}
