package dev.backendhandbook.examples.distributed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HashRingTest {
  private static final List<String> KEYS =
      IntStream.range(0, 10_000).mapToObj(i -> "customer-" + i).collect(Collectors.toList());
  private static final List<String> FOUR = List.of("db-a", "db-b", "db-c", "db-d");
  private static final List<String> FIVE = List.of("db-a", "db-b", "db-c", "db-d", "db-e");

  private static Map<String, String> placement(Function<String, String> nodeFor) {
    Map<String, String> placed = new HashMap<>();
    KEYS.forEach(key -> placed.put(key, nodeFor.apply(key)));
    return placed;
  }

  private static HashRing ring(List<String> nodes) {
    HashRing ring = new HashRing(200);
    nodes.forEach(ring::add);
    return ring;
  }

  private static long moved(Map<String, String> before, Map<String, String> after) {
    return KEYS.stream().filter(key -> !before.get(key).equals(after.get(key))).count();
  }

  @Test
  void spreadsKeysRoughlyEvenly() {
    Map<String, Long> perNode =
        KEYS.stream().collect(Collectors.groupingBy(ring(FOUR)::nodeFor, Collectors.counting()));
    assertEquals(4, perNode.size());
    perNode.forEach(
        (node, count) ->
            assertTrue(count > 2_000 && count < 3_000, node + " holds " + count + " of 10,000"));
  }

  @Test
  void addingAFifthNodeMovesAboutAFifthOfTheKeysAllToTheNewNode() {
    Map<String, String> before = placement(ring(FOUR)::nodeFor);
    Map<String, String> after = placement(ring(FIVE)::nodeFor);

    long moved = moved(before, after);
    assertTrue(moved > 1_500 && moved < 2_500, moved + " of 10,000 keys moved");
    KEYS.stream()
        .filter(key -> !before.get(key).equals(after.get(key)))
        .forEach(key -> assertEquals("db-e", after.get(key), key + " moved between old nodes"));
  }

  @Test
  void removingANodeMovesOnlyTheKeysItHeld() {
    HashRing ring = ring(FIVE);
    Map<String, String> before = placement(ring::nodeFor);
    ring.remove("db-c");
    Map<String, String> after = placement(ring::nodeFor);

    KEYS.forEach(
        key -> {
          if (!before.get(key).equals("db-c")) {
            assertEquals(before.get(key), after.get(key), key);
          }
        });
  }

  @Test
  void hashModuloNodeCountMovesMostKeys() {
    Map<String, String> before = placement(key -> HashRing.moduloNode(key, FOUR));
    Map<String, String> after = placement(key -> HashRing.moduloNode(key, FIVE));

    long moved = moved(before, after);
    assertTrue(moved > 7_500, "only " + moved + " keys moved"); // expect about 4 in 5
  }
}
