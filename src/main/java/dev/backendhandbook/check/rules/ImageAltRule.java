package dev.backendhandbook.check.rules;

import dev.backendhandbook.check.Findings;
import dev.backendhandbook.check.Page;
import dev.backendhandbook.check.Rule;
import dev.backendhandbook.check.Site;
import org.jsoup.nodes.Element;

/**
 * Reports an {@code <img>} without an {@code alt} attribute (WCAG 2.2, success criterion 1.1.1);
 * {@code alt=""} is allowed and marks an image as decoration.
 */
public final class ImageAltRule extends Rule {
  public ImageAltRule() {
    super("image-alt");
  }

  @Override
  public void check(Page page, Site site, Findings findings) {
    for (Element image : page.elements("img")) {
      if (image.hasAttr("alt")) {
        continue;
      }
      err(findings, page, image, "<img src=\"" + image.attr("src") + "\"> has no alt attribute");
    }
  }
}
