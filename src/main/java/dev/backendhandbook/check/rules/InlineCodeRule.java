package dev.backendhandbook.check.rules;

import dev.backendhandbook.check.Findings;
import dev.backendhandbook.check.Page;
import dev.backendhandbook.check.Rule;
import dev.backendhandbook.check.Site;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
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
 * {@code style} attributes; each falls back to {@code default-src}. An inline {@code <script>} or
 * {@code <style>} whose SHA-256, SHA-384 or SHA-512 digest the directive lists ({@code 'sha256-…'})
 * runs; attributes are not matched by digests.
 */
public final class InlineCodeRule extends Rule {
  private static final Pattern SEMICOLON = Pattern.compile(";");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

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
    String policy = meta.attr("content");
    List<String> scriptSources = sources(policy, "script-src");
    List<String> styleSources = sources(policy, "style-src");
    boolean scriptsBlocked = blocksInline(scriptSources);
    boolean stylesBlocked = blocksInline(styleSources);
    for (Element element : page.elements()) {
      if (scriptsBlocked
          && element.nameIs("script")
          && !element.hasAttr("src")
          && !element.data().isBlank()
          && !hashed(scriptSources, element.data())) {
        err(
            findings,
            page,
            element,
            "inline <script> is blocked by this page's Content Security Policy; move it to a .js"
                + " file");
      }
      if (stylesBlocked && element.nameIs("style") && !hashed(styleSources, element.data())) {
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

  /** The sources of a directive, or of default-src in its absence; null when neither is set. */
  private static @Nullable List<String> sources(String policy, String directive) {
    List<String> sources = directive(policy, directive);
    return sources == null ? directive(policy, "default-src") : sources;
  }

  /** True when the sources do not allow 'unsafe-inline'. */
  private static boolean blocksInline(@Nullable List<String> sources) {
    return sources != null
        && sources.stream().noneMatch(source -> source.equalsIgnoreCase("'unsafe-inline'"));
  }

  /** True when the sources list a digest of the element's text ({@code 'sha256-<base64>'}). */
  private static boolean hashed(@Nullable List<String> sources, String text) {
    if (sources == null) {
      return false;
    }
    for (String source : sources) {
      String lower = source.toLowerCase(Locale.ROOT);
      for (String algorithm : List.of("sha256", "sha384", "sha512")) {
        if (lower.startsWith("'" + algorithm + "-") && source.endsWith("'")) {
          String expected = source.substring(algorithm.length() + 2, source.length() - 1);
          if (expected.equals(digest(algorithm, text))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static String digest(String algorithm, String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-" + algorithm.substring(3));
      return Base64.getEncoder()
          .encodeToString(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has " + algorithm, e);
    }
  }

  /** A directive's sources, split at whitespace, or null when the policy does not set it. */
  private static @Nullable List<String> directive(String policy, String name) {
    for (String part : SEMICOLON.split(policy, -1)) {
      List<String> tokens = List.of(WHITESPACE.split(part.strip(), -1));
      if (!tokens.isEmpty() && tokens.get(0).equalsIgnoreCase(name)) {
        return tokens.subList(1, tokens.size());
      }
    }
    return null;
  }
}
