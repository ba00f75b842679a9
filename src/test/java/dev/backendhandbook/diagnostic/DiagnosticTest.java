package dev.backendhandbook.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DiagnosticTest {
  @Test
  void printsInTheCompilerForm() {
    assertEquals(
        "src/content/a.adoc:12:5: error: xref: bad",
        Diagnostic.error("src/content/a.adoc", 12, 5, "xref", "bad").toString());
  }

  @Test
  void leavesOutAnUnknownColumnOrLine() {
    assertEquals(
        "a.adoc:12: warning: r: m", Diagnostic.warning("a.adoc", 12, 0, "r", "m").toString());
    assertEquals("a.adoc: error: r: m", Diagnostic.error("a.adoc", 0, 0, "r", "m").toString());
  }

  @Test
  void sortsByPathThenLineThenColumn() {
    Diagnostic b = Diagnostic.error("b.html", 1, 1, "r", "m");
    Diagnostic a10 = Diagnostic.error("a.html", 10, 1, "r", "m");
    Diagnostic a2col9 = Diagnostic.error("a.html", 2, 9, "r", "m");
    Diagnostic a2col3 = Diagnostic.error("a.html", 2, 3, "r", "m");
    assertEquals(
        List.of(a2col3, a2col9, a10, b), Stream.of(b, a10, a2col9, a2col3).sorted().toList());
  }
}
