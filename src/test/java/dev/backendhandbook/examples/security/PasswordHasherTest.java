package dev.backendhandbook.examples.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", // an empty column
        "pbkdf2-sha256$many$c2FsdA$aGFzaA", // a count that is not a number
        "pbkdf2-sha256$99999999999$c2FsdA$aGFzaA", // a count too large for an int
        "pbkdf2-sha256$0$c2FsdA$aGFzaA", // no iterations at all
        "pbkdf2-sha256$2147483647$c2FsdA$aGFzaA", // a count that would run for hours
        "pbkdf2-sha256$600000$not*base64$aGFzaA", // a salt that is not Base64
        "pbkdf2-sha256$600000$$aGFzaA", // an empty salt
        "pbkdf2-sha256$600000$c2FsdA$", // an empty hash
        "pbkdf2-sha256$600000$c2FsdA$aGFzaA$extra", // a field too many
      })
  void aDamagedStoredFormIsFalseNotAnError(String stored) throws Exception {
    assertFalse(hasher.verify("hunter2".toCharArray(), stored));
  }

  @Test
  void aDamagedCountIsFlaggedForRehashingRatherThanThrown() {
    assertTrue(hasher.needsRehash("pbkdf2-sha256$many$c2FsdA$aGFzaA"));
    assertTrue(hasher.needsRehash(""));
  }
}
