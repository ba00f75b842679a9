package dev.backendhandbook.examples.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
  private final PasswordHasher hasher = new PasswordHasher();

  @Test
  void theRightPasswordVerifiesAndAWrongOneDoesNot() throws Exception {
    String stored = hasher.hash("correct horse battery staple".toCharArray());
    assertTrue(hasher.verify("correct horse battery staple".toCharArray(), stored));
    assertFalse(hasher.verify("correct horse battery stapler".toCharArray(), stored));
  }

  @Test
  void theSamePasswordHashesDifferentlyEachTime() throws Exception {
    String first = hasher.hash("hunter2".toCharArray());
    String second = hasher.hash("hunter2".toCharArray());
    assertNotEquals(first, second, "a random salt makes equal passwords look different");
    assertTrue(first.startsWith("pbkdf2-sha256$600000$"));
  }

  @Test
  void olderHashesAreFlaggedForRehashing() {
    assertTrue(hasher.needsRehash("pbkdf2-sha256$10000$c2FsdA$aGFzaA"));
    assertFalse(hasher.needsRehash("pbkdf2-sha256$600000$c2FsdA$aGFzaA"));
  }

  @Test
  void aStoredFormOfAnotherSchemeNeverVerifies() throws Exception {
    assertFalse(hasher.verify("hunter2".toCharArray(), "md5$2ab96390c7dbe3439de74d0c9b0b1767"));
  }
}
