package io.cloudphone.testkit.internal.huawei;

import java.time.Instant;

/** One fake cloud phone; guarded by its {@link CphState}'s lock. */
final class CphPhone {
  final String id;
  final int position;
  final Instant createTime;
  String serverId;
  String name;
  int status;
  Instant updateTime;
  String phoneModelName = CphJson.PHONE_MODEL;
  String imageId = CphJson.IMAGE_ID;
  /** The phone's properties as the JSON text CPS stores ({@code {"ro.product.brand": ...}}). */
  String property = "{}";
  /** Data volume size in GB. */
  int volumeSize = CphJson.PHONE_VOLUME_GB;
  String trafficType = "direct";
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
