package dev.backendhandbook.check.rules;

import dev.backendhandbook.check.Findings;
import dev.backendhandbook.check.Rule;
import dev.backendhandbook.check.Site;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** Reports a {@code feed.xml} that is not well-formed XML: feed readers reject it whole. */
public final class FeedRule extends Rule {
  private static final String FEED = "feed.xml";

  public FeedRule() {
    super("feed");
  }

  @Override
  public void checkSite(Site site, Findings findings) {
    if (!site.isFile(FEED)) {
      return;
    }
    String text = site.text(FEED);
    if (text == null) {
      err(findings, FEED, 0, 0, "feed.xml cannot be read");
      return;
    }
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      // A feed has no business reading other files or hosts.
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      var builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      var document = builder.parse(new InputSource(new StringReader(text)));
      String root = document.getDocumentElement().getLocalName();
      if (!"feed".equals(root) && !"rss".equals(root)) {
        err(
            findings,
            FEED,
            1,
            1,
            "feed.xml's root element is <" + root + ">, not an Atom <feed> or an RSS <rss>");
      }
    } catch (SAXParseException e) {
      err(
          findings,
          FEED,
          e.getLineNumber(),
          e.getColumnNumber(),
          "feed.xml is not well-formed XML: " + e.getMessage());
    } catch (SAXException | ParserConfigurationException | java.io.IOException e) {
      err(findings, FEED, 0, 0, "feed.xml cannot be read: " + e.getMessage());
    }
  }
}
