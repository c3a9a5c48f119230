package io.cloudphone.testkit.internal.huawei;

import java.time.Instant;

/** One fake cloud phone; guarded by its {@link CphState}'s lock. */
final class CphPhone {
  final String id;
  final String serverId;
  final int position;
  final Instant createTime;
  String name;
  int status;
  Instant updateTime;
  /** The job whose end decides this phone's next status, if one runs. */
  String currentJobId;

  CphPhone(String id, String serverId, int position, String name, int status, Instant createTime) {
    this.id = id;
    this.serverId = serverId;
    this.position = position;
    this.name = name;
    this.status = status;
    this.createTime = createTime;
    this.updateTime = createTime;
  }
}
