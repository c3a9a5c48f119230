package io.cloudphone.testkit;

/**
 * How the fake Alibaba service settles the orders that buying, renewing and changing paid resources place: paid at
 * once by default, or left unpaid, or refused for want of balance, so that a test can exercise each outcome.
 */
public enum OrderPayment {
  /** The order is paid at once and the change is made (the default). */
  PAID,
  /** The order is placed and its id returned, but it stays unpaid: nothing is created or changed. */
  PENDING,
  /** The order cannot be paid: the call fails with {@code InsufficientBalance}. */
  FAILED
}
