package dev.backendhandbook.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The two HTML attribute syntaxes that hold URLs among other text, parsed as the HTML Standard
 * says: {@code srcset} ("parse a srcset attribute") and the {@code content} of {@code <meta
 * http-equiv="refresh">} ("shared declarative refresh steps").
 */
final class HtmlUrls {
  private HtmlUrls() {}

  /**
   * The URLs of a {@code srcset}. A candidate's URL runs to the first whitespace, so it may hold
   * commas ({@code data:image/png;base64,…}, {@code pic,1.png}); commas at its end separate it from
   * the next candidate; a descriptor runs to a comma outside parentheses.
   */
  static List<String> srcset(String value) {
    List<String> urls = new ArrayList<>();
    int i = 0;
    int length = value.length();
    while (i < length) {
      while (i < length && (Urls.isAsciiWhitespace(value.charAt(i)) || value.charAt(i) == ',')) {
        i++;
      }
      if (i >= length) {
        break;
      }
      int start = i;
      while (i < length && !Urls.isAsciiWhitespace(value.charAt(i))) {
        i++;
      }
      String url = value.substring(start, i);
      if (url.endsWith(",")) {
        urls.add(url.replaceAll(",+$", ""));
        continue;
      }
      urls.add(url);
      boolean inParentheses = false;
      while (i < length) {
        char c = value.charAt(i);
        if (c == '(') {
          inParentheses = true;
        } else if (c == ')') {
          inParentheses = false;
        } else if (c == ',' && !inParentheses) {
          i++;
          break;
        }
        i++;
      }
    }
    return urls;
  }

  /**
   * The URL a refresh sends the reader to ({@code 0; url=next.html}), or null when it only reloads
   * the page.
   */
  static @Nullable String refreshUrl(String content) {
    int i = 0;
    int length = content.length();
    while (i < length && Urls.isAsciiWhitespace(content.charAt(i))) {
      i++;
    }
    while (i < length && (Character.isDigit(content.charAt(i)) || content.charAt(i) == '.')) {
      i++;
    }
    while (i < length
        && (Urls.isAsciiWhitespace(content.charAt(i))
            || content.charAt(i) == ';'
            || content.charAt(i) == ',')) {
      i++;
    }
    String rest = content.substring(i);
    if (rest.toLowerCase(Locale.ROOT).startsWith("url")) {
      String afterUrl = rest.substring(3).stripLeading();
      if (afterUrl.startsWith("=")) {
        rest = afterUrl.substring(1).stripLeading();
      }
    }
    if (!rest.isEmpty() && (rest.charAt(0) == '"' || rest.charAt(0) == '\'')) {
      int close = rest.indexOf(rest.charAt(0), 1);
      rest = close < 0 ? rest.substring(1) : rest.substring(1, close);
    }
    return rest.isBlank() ? null : rest;
  }
}
