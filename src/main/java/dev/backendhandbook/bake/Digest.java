package dev.backendhandbook.bake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests as hex, the currency of the conversion cache and the editions' cache. */
public final class Digest {
  private final MessageDigest sha256;

  public Digest() {
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Adds a string, length-prefixed so that no two sequences of parts digest alike. */
  public Digest add(String part) {
    return add(part.getBytes(StandardCharsets.UTF_8));
  }

  public Digest add(byte[] part) {
    sha256.update(Integer.toString(part.length).getBytes(StandardCharsets.US_ASCII));
    sha256.update((byte) ':');
    sha256.update(part);
    return this;
  }

  public String hex() {
    return HexFormat.of().formatHex(sha256.digest());
  }

  public static String of(byte[] bytes) {
    return new Digest().add(bytes).hex();
  }
}
