package io.cloudphone.testkit;

/**
 * How a fake treats the orders a test places (buying servers, changing their flavor): paid at once, left waiting
 * for payment, or refused as the billing service refuses an order.
 */
public enum OrderPayment {
  /** Orders are paid as they are placed, and what they buy exists at once (the default). */
  COMPLETED,
  /** Orders wait for payment: the answer names the order only, and nothing is created until the test pays. */
  PENDING,
  /** Orders fail: the purchase is answered with the provider's order error (Huawei {@code CPS.0062}). */
  FAILED
}
