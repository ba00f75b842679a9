package dev.backendhandbook.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.asciidoctor.jruby.internal.JRubyRuntimeContext;
import org.junit.jupiter.api.Test;

class ConverterTest {
  /** A name still lazy when pages convert in parallel can fail a page (JRuby's autoload race). */
  @Test
  void onlyNamesNoPageConversionReachesAreLeftToLoadOnFirstUse() {
    try (Converter converter = new Converter()) {
      String lazy =
          JRubyRuntimeContext.get(converter.engine(new Timings(), false))
              .evalScriptlet(
                  "[Object, Asciidoctor, Asciidoctor::Converter].flat_map { |owner|"
                      + " owner.constants(false).select { |name| owner.autoload?(name) }"
                      + ".map { |name| %(#{owner}::#{name}) } }.sort.inspect")
              .toString();
      assertEquals(
          "[\"Asciidoctor::Converter::CompositeConverter\","
              + " \"Asciidoctor::Converter::TemplateConverter\", \"Asciidoctor::Timings\","
              + " \"Object::OpenURI\", \"Object::URI\"]",
          lazy);
    }
  }
}
