package dev.backendhandbook.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.jruby.internal.JRubyRuntimeContext;
import org.jruby.Ruby;
import org.jruby.RubyInstanceConfig.CompileMode;
import org.junit.jupiter.api.Test;

class AsciidoctorRuntimesTest {
  /** The gems the bake's JRuby loads, by Converter and PlantUmlLoader. */
  private static final List<String> BAKE_GEMS =
      List.of(
          "asciidoctor",
          "rouge",
          "asciidoctor-diagram",
          "asciidoctor-diagram-plantuml",
          "asciidoctor-diagram-batik",
          "rexml");

  @Test
  void eachGemIsTheVersionRubyGemsWouldLoad() {
    Asciidoctor withGems = AsciidoctorRuntimes.withRubyGems();
    try {
      Ruby ruby = JRubyRuntimeContext.get(withGems);
      for (String gem : BAKE_GEMS) {
        String activated =
            ruby.evalScriptlet(
                    "Gem::Specification.find_by_name('" + gem + "').full_gem_path + '/lib'")
                .toString();
        assertEquals(activated, AsciidoctorRuntimes.lib(gem), gem);
      }
    } finally {
      withGems.shutdown();
    }
  }

  @Test
  void theBakesJRubyStartsAsAskedAndTheNextOneWithJRubysDefaults() {
    Asciidoctor without = AsciidoctorRuntimes.forPages(true, "asciidoctor", "rouge");
    Asciidoctor with = AsciidoctorRuntimes.withRubyGems();
    try {
      assertEquals(
          CompileMode.OFF, JRubyRuntimeContext.get(without).getInstanceConfig().getCompileMode());
      assertEquals(
          CompileMode.JIT, JRubyRuntimeContext.get(with).getInstanceConfig().getCompileMode());
      assertEquals(
          "nil",
          JRubyRuntimeContext.get(without).evalScriptlet("defined?(::Gem).inspect").toString());
      assertEquals(
          "\"constant\"",
          JRubyRuntimeContext.get(with).evalScriptlet("defined?(::Gem).inspect").toString());
      // Rouge loads YAML (psych), whose jar is found without RubyGems through jars.home.
      assertEquals(
          "{\"a\"=>1}",
          JRubyRuntimeContext.get(without)
              .evalScriptlet("require 'rouge'; YAML.load('a: 1').inspect")
              .toString());
    } finally {
      without.shutdown();
      with.shutdown();
    }
  }

  @Test
  void aRuntimeForALongRunCompiles() {
    Asciidoctor compiling = AsciidoctorRuntimes.forPages(false, "asciidoctor", "rouge");
    try {
      assertEquals(
          CompileMode.JIT, JRubyRuntimeContext.get(compiling).getInstanceConfig().getCompileMode());
    } finally {
      compiling.shutdown();
    }
  }

  @Test
  void aGemNoJarCarriesIsNamed() {
    IllegalStateException missing =
        assertThrows(IllegalStateException.class, () -> AsciidoctorRuntimes.lib("no-such-gem"));
    assertTrue(
        missing
            .getMessage()
            .startsWith("no jar on the class path carries the gem 'no-such-gem'; it has [Ascii85,"),
        missing.getMessage());
  }
}
