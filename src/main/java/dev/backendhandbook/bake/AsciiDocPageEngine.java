package dev.backendhandbook.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.ast.Document;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkupEngine;
import org.jbake.parser.ParserContext;
import org.jspecify.annotations.Nullable;

/**
 * JBake's engine for {@code .adoc} pages, replacing JBake's own so that Asciidoctor reads the real
 * file: problems then carry the file's name and real line numbers.
 *
 * <p>Pages use Asciidoctor's own header ({@code = Title}, {@code :jbake-type:} …) rather than
 * JBake's {@code ~~~~~~} header, so line 1 of the file is line 1 for Asciidoctor too. Each page is
 * loaded once: the header is read from the loaded document and the body converted from it.
 */
final class AsciiDocPageEngine extends MarkupEngine {
  private static final String LOADED_DOCUMENT = "handbook.document";
  private static final String HEADER_BROKEN = "handbook.headerbroken";

  private final Asciidoctor asciidoctor;
  private final BakeSession session;

  AsciiDocPageEngine(Asciidoctor asciidoctor, BakeSession session) {
    this.asciidoctor = asciidoctor;
    this.session = session;
  }

  @Override
  public void processHeader(ParserContext context) {
    Path file = context.getFile().toPath().toAbsolutePath().normalize();
    session.currentPage(file);
    Document document = asciidoctor.loadFile(file.toFile(), optionsFor(file));
    List<String> lines = readLines(file);
    PageHeader header = PageHeader.of(document.getDoctitle(), document.getAttributes(), lines);
    Map<String, String> problems = header.problems();
    problems.forEach(
        (attribute, problem) ->
            session.error(file, header.lineOf(attribute), 1, "header", problem));

    DocumentModel model = context.getDocumentModel();
    model.setTitle(header.title());
    if (header.type() != null) {
      model.setType(header.type());
    }
    if (header.status() != null) {
      model.setStatus(header.status());
    }
    model.setTags(header.tags().toArray(String[]::new));
    putIfPresent(model, "description", header.description());
    putIfPresent(model, "section", header.section());
    if (header.order() != null) {
      model.put("order", header.order());
    }
    model.put("sourcepath", session.layout().display(file));
    model.put(LOADED_DOCUMENT, document);
    model.put(HEADER_BROKEN, !problems.isEmpty());
    session
        .pages()
        .add(
            new PageIndex.Page(
                file, header, new HashSet<>(), CrossReferenceScanner.scan(file, lines)));
  }

  /** A page with a broken header is not published: the navigation could not place it. */
  @Override
  public boolean validate(ParserContext context) {
    return !Boolean.TRUE.equals(context.getDocumentModel().get(HEADER_BROKEN));
  }

  @Override
  public void processBody(ParserContext context) {
    DocumentModel model = context.getDocumentModel();
    Document document = (Document) Objects.requireNonNull(model.remove(LOADED_DOCUMENT));
    model.remove(HEADER_BROKEN);
    Path file = context.getFile().toPath().toAbsolutePath().normalize();
    session.currentPage(file);
    context.setBody(PageHtml.of(document.convert()));
    // Ids are complete only after conversion: inline anchors register while converting.
    Set<String> ids = Objects.requireNonNull(session.pages().get(file)).ids();
    ids.addAll(document.getCatalog().getRefs().keySet());
  }

  private Options optionsFor(Path file) {
    SourceLayout layout = session.layout();
    Path pageFolder = layout.content().relativize(file.getParent());
    Attributes attributes =
        Attributes.builder()
            .sourceHighlighter("rouge")
            .attribute("rouge-css", "class")
            .attribute("examplesdir", layout.examples().toString())
            .attribute("imagesdir", "images")
            .attribute(
                "imagesoutdir", session.staging().resolve(pageFolder).resolve("images").toString())
            .attribute("diagram-cachedir", session.diagramCache().toString())
            .attribute("attribute-missing", "warn")
            // kbd:[…], btn:[…] and menu:[…]
            .attribute("experimental", "")
            .build();
    return Options.builder()
        // Includes are confined to the source tree by SourceTreeIncludes, not by the safe mode,
        // whose jail would also stop diagrams from writing into the output folder.
        .safe(SafeMode.UNSAFE)
        .sourcemap(true)
        .baseDir(Objects.requireNonNull(file.getParent()).toFile())
        .attributes(attributes)
        .build();
  }

  private static void putIfPresent(Map<String, Object> model, String key, @Nullable String value) {
    if (value != null) {
      model.put(key, value);
    }
  }

  private static List<String> readLines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
