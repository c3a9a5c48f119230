package io.cloudphone.testkit.internal.huawei;

import java.time.Instant;

/** One fake cloud phone server; guarded by its {@link CphState}'s lock. */
final class CphServer {
  final String id;
  final String name;
  final int position;
  final Instant createTime;
  int status;

  CphServer(String id, String name, int position, int status, Instant createTime) {
    this.id = id;
    this.name = name;
    this.position = position;
    this.status = status;
    this.createTime = createTime;
  }
}
