package io.cloudphone.testkit.internal.huawei;

import java.time.Instant;

/** One fake shared bandwidth; guarded by its {@link CphState}'s lock. */
final class CphBandwidth {
  final String id;
  final String name;
  final int chargeMode;
  final int shareType;
  final Instant createTime;
  int size;
  Instant updateTime;

  CphBandwidth(String id, String name, int size, int chargeMode, int shareType, Instant createTime) {
    this.id = id;
    this.name = name;
    this.size = size;
    this.chargeMode = chargeMode;
    this.shareType = shareType;
    this.createTime = createTime;
    this.updateTime = createTime;
  }
}
