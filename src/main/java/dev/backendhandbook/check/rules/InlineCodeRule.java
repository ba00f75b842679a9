package dev.backendhandbook.check.rules;

import dev.backendhandbook.check.Findings;
import dev.backendhandbook.check.Page;
import dev.backendhandbook.check.Rule;
import dev.backendhandbook.check.Site;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Reports inline scripts, inline styles and event-handler attributes in a page whose Content
 * Security Policy (its {@code <meta http-equiv="Content-Security-Policy">}) would block them: the
 * browser drops them silently, so what the page meant to do never happens.
 *
 * <p>CSP Level 3: without {@code 'unsafe-inline'}, {@code script-src} blocks {@code <script>}
 * without {@code src} and {@code on…} attributes, and {@code style-src} blocks {@code <style>} and
 * {@code style} attributes; each falls back to {@code default-src}.
 */
public final class InlineCodeRule extends Rule {
  private static final Pattern SEMICOLON = Pattern.compile(";");

  public InlineCodeRule() {
    super("csp-inline");
  }

  @Override
  public void check(Page page, Site site, Findings findings) {
    Element meta = null;
    for (Element candidate : page.elements("meta")) {
      if (candidate.attr("http-equiv").equalsIgnoreCase("content-security-policy")) {
        meta = candidate;
        break;
      }
    }
    if (meta == null) {
      return;
    }
    String policy = meta.attr("content").toLowerCase(Locale.ROOT);
    boolean scriptsBlocked = blocksInline(policy, "script-src");
    boolean stylesBlocked = blocksInline(policy, "style-src");
    for (Element element : page.elements()) {
      if (scriptsBlocked
          && element.nameIs("script")
          && !element.hasAttr("src")
          && !element.data().isBlank()) {
        err(
            findings,
            page,
            element,
            "inline <script> is blocked by this page's Content Security Policy; move it to a .js"
                + " file");
      }
      if (stylesBlocked && element.nameIs("style")) {
        err(
            findings,
            page,
            element,
            "inline <style> is blocked by this page's Content Security Policy; move it to the"
                + " stylesheet");
      }
      if (element.attributesSize() == 0) {
        continue; // asking for the attributes would create an empty set for each such element
      }
      for (Attribute attribute : element.attributes()) {
        // jsoup's HTML parser has already lower-cased attribute names.
        String name = attribute.getKey();
        if (stylesBlocked && name.equals("style")) {
          err(
              findings,
              page,
              element,
              "style=\""
                  + attribute.getValue()
                  + "\" on <"
                  + element.tagName()
                  + "> is blocked by this page's Content Security Policy; use a class");
        } else if (scriptsBlocked && name.startsWith("on")) {
          err(
              findings,
              page,
              element,
              name
                  + " handler on <"
                  + element.tagName()
                  + "> is blocked by this page's Content Security Policy; add the listener from a"
                  + " .js file");
        }
      }
    }
  }

  /** True when the directive (or default-src in its absence) does not allow 'unsafe-inline'. */
  private static boolean blocksInline(String policy, String directive) {
    String sources = directive(policy, directive);
    if (sources == null) {
      sources = directive(policy, "default-src");
    }
    return sources != null && !sources.contains("'unsafe-inline'");
  }

  private static @Nullable String directive(String policy, String name) {
    for (String part : SEMICOLON.split(policy, -1)) {
      String trimmed = part.strip();
      if (trimmed.equals(name) || trimmed.startsWith(name + " ")) {
        return trimmed.substring(name.length());
      }
    }
    return null;
  }
}
