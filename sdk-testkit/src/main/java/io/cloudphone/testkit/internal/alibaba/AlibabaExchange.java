package io.cloudphone.testkit.internal.alibaba;

import java.time.Instant;

/** What an action handler gets besides the call: the request id it answers under and the fake's time. */
final class AlibabaExchange {
  final AlibabaRpcCall call;
  final String requestId;
  final Instant now;
  /** Set when the call put work on a phone of the fault plan's failing subset. */
  boolean touchedFailingPhone;

  AlibabaExchange(AlibabaRpcCall call, String requestId, Instant now) {
    this.call = call;
    this.requestId = requestId;
    this.now = now;
  }
}
