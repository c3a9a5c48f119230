package io.cloudphone.testkit;

/**
 * How a fake settles the orders a test places (buying, renewing or changing paid resources): paid at once, left
 * waiting for payment, or refused as the provider's billing service refuses an order.
 */
public enum OrderPayment {
  /** Orders are paid as they are placed, and what they buy or change exists at once (the default). */
  COMPLETED,
  /** Orders wait for payment: the answer names the order only, and nothing is created or changed. */
  PENDING,
  /**
   * Orders fail with the provider's own order error: Huawei {@code CPS.0062}, Alibaba
   * {@code InsufficientBalance}.
   */
  FAILED
}
