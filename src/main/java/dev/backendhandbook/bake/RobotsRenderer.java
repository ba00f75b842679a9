package dev.backendhandbook.bake;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;

/**
 * Writes {@code robots.txt}, which lets every crawler in and points it at the sitemap (robots
 * exclusion protocol, RFC 9309, and the sitemaps protocol's "Sitemap:" line, which must be an
 * absolute URL: {@code site.host}). A JBake rendering tool, registered in {@code
 * META-INF/services/org.jbake.render.RenderingTool}.
 */
public final class RobotsRenderer implements RenderingTool {
  @Override
  public int render(Renderer renderer, ContentStore db, JBakeConfiguration config)
      throws RenderingException {
    Object host = config.get("site.host");
    String sitemap =
        host == null ? "" : "Sitemap: " + host.toString().replaceAll("/+$", "") + "/sitemap.xml\n";
    try {
      Files.writeString(
          config.getDestinationFolder().toPath().resolve("robots.txt"),
          "User-agent: *\nAllow: /\n" + sitemap,
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new RenderingException("could not write robots.txt: " + e.getMessage(), e);
    }
    return 1;
  }

  @Override
  @Deprecated
  public int render(
      Renderer renderer,
      ContentStore db,
      File destination,
      File templatesPath,
      CompositeConfiguration config) {
    throw new UnsupportedOperationException("the handbook bakes with a JBakeConfiguration");
  }
}
