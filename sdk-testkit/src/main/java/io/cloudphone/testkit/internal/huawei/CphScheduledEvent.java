package io.cloudphone.testkit.internal.huawei;

import java.time.Instant;

/** One planned maintenance event on a server; guarded by its {@link CphState}'s lock. */
final class CphScheduledEvent {
  final String id;
  final String serverId;
  final String type;
  final Instant publishTime;
  final Instant notAfter;
  /** {@code inquiring} until authorized, then {@code scheduled}, {@code executing}, {@code completed}. */
  String state = "inquiring";
  String authorizationType;
  Instant notBefore;
  Instant startTime;
  Instant finishTime;

  CphScheduledEvent(String id, String serverId, String type, Instant publishTime, Instant notBefore,
      Instant notAfter) {
    this.id = id;
    this.serverId = serverId;
    this.type = type;
    this.publishTime = publishTime;
    this.notBefore = notBefore;
    this.notAfter = notAfter;
  }
}
