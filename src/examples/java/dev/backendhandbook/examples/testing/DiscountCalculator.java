package dev.backendhandbook.examples.testing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The shop's discount rules, small enough to test completely. */
public final class DiscountCalculator {
  private static final BigDecimal MEMBER_RATE = new BigDecimal("0.10");
  private static final BigDecimal BULK_THRESHOLD = new BigDecimal("100.00");
  private static final BigDecimal BULK_RATE = new BigDecimal("0.05");

  // tag::rules[]
  /**
   * Members get 10 % off; orders of 100.00 or more get another 5 % off what remains. The result is
   * rounded to cents, half up, and never negative.
   */
  public BigDecimal total(BigDecimal subtotal, boolean member) {
    if (subtotal.signum() < 0) {
      throw new IllegalArgumentException("subtotal must not be negative: " + subtotal);
    }
    BigDecimal total = subtotal;
    if (member) {
      total = total.subtract(total.multiply(MEMBER_RATE));
    }
    if (subtotal.compareTo(BULK_THRESHOLD) >= 0) {
      total = total.subtract(total.multiply(BULK_RATE));
    }
    return total.setScale(2, RoundingMode.HALF_UP);
  }
  // end::rules[]
}
