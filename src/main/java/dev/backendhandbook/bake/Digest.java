package dev.backendhandbook.bake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests as hex, the currency of the conversion cache. */
final class Digest {
  private final MessageDigest sha256;

  Digest() {
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Adds a string, length-prefixed so that no two sequences of parts digest alike. */
  Digest add(String part) {
    return add(part.getBytes(StandardCharsets.UTF_8));
  }

  Digest add(byte[] part) {
    sha256.update(Integer.toString(part.length).getBytes(StandardCharsets.US_ASCII));
    sha256.update((byte) ':');
    sha256.update(part);
    return this;
  }

  String hex() {
    return HexFormat.of().formatHex(sha256.digest());
  }

  static String of(byte[] bytes) {
    return new Digest().add(bytes).hex();
  }
}
