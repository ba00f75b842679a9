package dev.backendhandbook.editions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SvgIdsTest {
  @Test
  void aRepeatedIdGetsASuffixAndTheFirstKeepsItsName() {
    assertEquals(
        "<svg><g id='ent0002'/><g class='start' id='ent0002-2'/><g id=\"ent0002-3\"/></svg>",
        SvgIds.deduplicate(
            "<svg><g id='ent0002'/><g class='start' id='ent0002'/><g id=\"ent0002\"/></svg>"));
  }

  @Test
  void uniqueIdsAndDataAttributesAreLeftAlone() {
    String svg = "<svg><g id='a' data-entity-1='a'/><g id='b' data-id='a'/></svg>";
    assertEquals(svg, SvgIds.deduplicate(svg));
  }
}
