package io.cloudphone.testkit;

/** A fault a fake injected into a request, as recorded in its {@link RequestLog}. */
public enum Fault {
  /** Answered with the provider's throttling error (HTTP 429 or its equivalent) instead of being served. */
  THROTTLED,
  /**
   * Answered with the provider's throttling answer because the plan's server-side rate limit for the operation
   * was exceeded (Huawei: HTTP 429 {@code CPS.0042}; Alibaba: HTTP 400 {@code Throttling.User}).
   */
  RATE_LIMITED,
  /** Answered with the provider's internal-error body and a 5xx status instead of being served. */
  SERVER_ERROR,
  /** The connection was closed before any answer, without acting on the request. */
  DROPPED_CONNECTION,
  /** Served normally, after the plan's added latency. */
  LATENCY,
  /** Served, but the work on at least one phone of the plan's failing subset was made to fail. */
  FAILING_PHONE
}
