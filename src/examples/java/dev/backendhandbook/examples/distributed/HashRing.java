package dev.backendhandbook.examples.distributed;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A consistent-hash ring: each node owns many points on a circle of hash values, and a key belongs
 * to the first node point at or after the key's own hash, wrapping round at the end.
 */
public final class HashRing {
  private final NavigableMap<Long, String> ring = new TreeMap<>();
  private final int pointsPerNode;

  public HashRing(int pointsPerNode) {
    this.pointsPerNode = pointsPerNode;
  }

  // tag::ring[]
  public void add(String node) {
    for (int i = 0; i < pointsPerNode; i++) {
      ring.put(hash(node + "#" + i), node); // many virtual nodes spread each node's share
    }
  }

  public void remove(String node) {
    ring.values().removeIf(node::equals);
  }

  public String nodeFor(String key) {
    if (ring.isEmpty()) {
      throw new IllegalStateException("the ring has no nodes");
    }
    Map.Entry<Long, String> owner = ring.ceilingEntry(hash(key));
    return owner != null ? owner.getValue() : ring.firstEntry().getValue();
  }

  // end::ring[]

  // tag::modulo[]
  /** The naive alternative: hash modulo the number of nodes. */
  public static String moduloNode(String key, List<String> nodes) {
    return nodes.get((int) Math.floorMod(hash(key), (long) nodes.size()));
  }

  // end::modulo[]

  /** The first eight bytes of the key's SHA-256 digest: stable across runs and machines. */
  static long hash(String value) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(digest).getLong();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
