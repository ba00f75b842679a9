package dev.backendhandbook.editions;

import dev.backendhandbook.bake.AsciidoctorRuntimes;
import dev.backendhandbook.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.log.LogHandler;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;
import org.jspecify.annotations.Nullable;

/**
 * Converts the book to the PDF (asciidoctor-pdf) and the EPUB (asciidoctor-epub3) with an
 * Asciidoctor of its own: those converters bring their own gems, which the bake's Asciidoctor has
 * no need to load. Every warning and error Asciidoctor logs becomes a finding at the line of the
 * source page it came from.
 */
final class BookConverter implements AutoCloseable {
  /**
   * The PDF theme: the default one with fonts that hold every character the pages use (arrows,
   * box-drawing), for the diagrams' text too.
   */
  private static final String THEME = "handbook-theme.yml";

  private final Asciidoctor asciidoctor = AsciidoctorRuntimes.withRubyGems();
  private final List<Diagnostic> problems = Collections.synchronizedList(new ArrayList<>());
  private @Nullable BookSource current;
  private String rule = "edition";

  BookConverter() {
    asciidoctor.registerLogHandler(new Findings());
    asciidoctor.requireLibrary("asciidoctor-diagram/plantuml");
  }

  /** Converts {@code source} to a PDF at {@code pdf}, and returns what went wrong. */
  List<Diagnostic> pdf(BookSource source, Path pdf) throws IOException {
    asciidoctor.requireLibrary("asciidoctor-pdf");
    Path folder = Objects.requireNonNull(source.book().getParent());
    try (InputStream theme = BookConverter.class.getResourceAsStream(THEME)) {
      Files.copy(
          Objects.requireNonNull(theme, THEME),
          folder.resolve(THEME),
          StandardCopyOption.REPLACE_EXISTING);
    }
    Attributes attributes =
        common(source)
            .attribute("pdf-themesdir", folder.toString())
            .attribute("pdf-theme", THEME)
            // A title page is the PDF's cover.
            .attribute("title-page", "")
            .attribute("toc", "")
            .attribute("toclevels", "2")
            .attribute("media", "screen")
            .attribute("pdf-page-size", "A4")
            // No creation date or producer version: the same sources give the same file.
            .attribute("reproducible", "")
            .build();
    return convert(source, "pdf", pdf, attributes, "edition-pdf");
  }

  /** Converts {@code source} to an EPUB at {@code epub}, and returns what went wrong. */
  List<Diagnostic> epub(BookSource source, Path epub) {
    asciidoctor.requireLibrary("asciidoctor-epub3");
    Attributes attributes =
        common(source)
            .attribute("toc", "")
            // A fixed identifier: the EPUB of the same sources is the same book.
            .attribute("uuid", "urn:uuid:5e6a7c0e-6b1f-4c65-9a70-6e64626f6f6b")
            .build();
    return convert(source, "epub3", epub, attributes, "edition-epub");
  }

  private static org.asciidoctor.AttributesBuilder common(BookSource source) {
    Path images = source.images();
    return Attributes.builder()
        .attribute("doctype", "book")
        .attribute("lang", "en")
        .attribute("source-highlighter", "rouge")
        .attribute("examplesdir", source.examples().toString())
        .attribute("imagesdir", "images")
        .attribute("imagesoutdir", images.toString())
        .attribute("diagram-cachedir", images.resolve(".cache").toString())
        .attribute("attribute-missing", "warn")
        .attribute("experimental", "");
  }

  private synchronized List<Diagnostic> convert(
      BookSource source, String backend, Path target, Attributes attributes, String ruleName) {
    problems.clear();
    current = source;
    rule = ruleName;
    try {
      asciidoctor.convertFile(
          source.book().toFile(),
          Options.builder()
              .backend(backend)
              // Includes are the handbook's own pages and examples, already confined by the bake.
              .safe(SafeMode.UNSAFE)
              .toFile(target.toFile())
              .mkDirs(true)
              .attributes(attributes)
              .build());
    } catch (RuntimeException failed) {
      String message = String.valueOf(failed.getMessage());
      int newline = message.indexOf('\n');
      problems.add(
          Diagnostic.error(
              display(null),
              0,
              0,
              ruleName,
              "could not make the "
                  + backend
                  + " edition: "
                  + (newline < 0 ? message : message.substring(0, newline))));
    } finally {
      current = null;
    }
    synchronized (problems) {
      return List.copyOf(problems);
    }
  }

  /** The source page a logged file stands for, or the book itself. */
  private String display(@Nullable String file) {
    BookSource source = current;
    if (source == null) {
      return "<book>";
    }
    if (file != null) {
      String page = source.sources().get(Path.of(file).toAbsolutePath().normalize());
      if (page != null) {
        return page;
      }
    }
    return source.origin();
  }

  @Override
  public void close() {
    asciidoctor.shutdown();
  }

  /** Asciidoctor's warnings and errors, as findings of the edition being made. */
  private final class Findings implements LogHandler {
    @Override
    public void log(LogRecord record) {
      if (record.getSeverity().compareTo(Severity.WARN) < 0 || current == null) {
        return;
      }
      String file = record.getCursor() == null ? null : record.getCursor().getFile();
      int line = record.getCursor() == null ? 0 : record.getCursor().getLineNumber();
      String message = String.valueOf(record.getMessage()).replaceAll("\\s+", " ").strip();
      problems.add(
          record.getSeverity().compareTo(Severity.ERROR) >= 0
              ? Diagnostic.error(display(file), line, line > 0 ? 1 : 0, rule, message)
              : Diagnostic.warning(display(file), line, line > 0 ? 1 : 0, rule, message));
    }
  }
}
