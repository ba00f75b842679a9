package dev.backendhandbook.examples.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Hashes passwords for storage with PBKDF2-HMAC-SHA256 from the JDK: a random salt per password, a
 * high iteration count, and a stored form that records both, so the count can grow later.
 */
public final class PasswordHasher {
  private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  // OWASP's Password Storage Cheat Sheet recommends at least 600,000 iterations for this algorithm.
  private static final int ITERATIONS = 600_000;
  private static final int SALT_BYTES = 16;
  private static final int HASH_BITS = 256;
  // A stored count far above today's can only be damage, and would tie up the CPU for minutes.
  private static final int MAX_ITERATIONS = 10 * ITERATIONS;
  private static final Pattern FIELDS = Pattern.compile("\\$");

  private final SecureRandom random = new SecureRandom();

  // tag::hash[]
  /** Returns "pbkdf2-sha256$iterations$salt$hash", ready to store in the user's row. */
  public String hash(char[] password) throws GeneralSecurityException {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt); // a new random salt for every password
    byte[] hash = derive(password, salt, ITERATIONS);
    Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
    return "pbkdf2-sha256$"
        + ITERATIONS
        + "$"
        + base64.encodeToString(salt)
        + "$"
        + base64.encodeToString(hash);
  }

  /** True when the password matches the stored form; false for a damaged or foreign one. */
  public boolean verify(char[] password, String stored) throws GeneralSecurityException {
    String[] parts = FIELDS.split(stored, -1);
    if (parts.length != 4 || !parts[0].equals("pbkdf2-sha256")) {
      return false;
    }
    int iterations;
    byte[] salt;
    byte[] expected;
    try {
      iterations = Integer.parseInt(parts[1]);
      salt = Base64.getDecoder().decode(parts[2]);
      expected = Base64.getDecoder().decode(parts[3]);
    } catch (IllegalArgumentException e) { // not a number, or not Base64
      return false;
    }
    if (iterations < 1 || iterations > MAX_ITERATIONS || salt.length == 0 || expected.length == 0) {
      return false;
    }
    byte[] actual = derive(password, salt, iterations);
    return MessageDigest.isEqual(expected, actual); // takes the same time wherever they differ
  }

  // end::hash[]

  /**
   * True when the stored hash used fewer iterations than today's setting: rehash at next sign-in.
   */
  public boolean needsRehash(String stored) {
    String[] parts = FIELDS.split(stored, -1);
    if (parts.length != 4 || !parts[0].equals("pbkdf2-sha256")) {
      return true;
    }
    try {
      return Integer.parseInt(parts[1]) < ITERATIONS;
    } catch (NumberFormatException e) {
      return true;
    }
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations)
      throws GeneralSecurityException {
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } finally {
      spec.clearPassword();
    }
  }
}
