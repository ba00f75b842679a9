package dev.backendhandbook.examples.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

// tag::tests[]
class DiscountCalculatorTest {
  private final DiscountCalculator calculator = new DiscountCalculator();

  @ParameterizedTest(name = "{0} for a member: {1}, total {2}")
  @CsvSource({
    "50.00,  false, 50.00", // no discount
    "50.00,  true,  45.00", // member: 10 % off
    "99.99,  false, 99.99", // just under the bulk threshold
    "100.00, false, 95.00", // bulk: 5 % off
    "100.00, true,  85.50", // both: 10 % off, then 5 % off what remains
    "0.01,   true,  0.01", // 0.009 rounds half up to a cent
  })
  void appliesTheRules(String subtotal, boolean member, String expected) {
    assertEquals(new BigDecimal(expected), calculator.total(new BigDecimal(subtotal), member));
  }

  @Test
  void refusesANegativeSubtotal() {
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class, () -> calculator.total(new BigDecimal("-1.00"), false));
    assertEquals("subtotal must not be negative: -1.00", error.getMessage());
  }
}
// end::tests[]
