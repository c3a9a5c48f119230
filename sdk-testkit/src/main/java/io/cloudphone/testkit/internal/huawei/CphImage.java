package io.cloudphone.testkit.internal.huawei;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** One fake custom image and the accounts it is shared with; guarded by its {@link CphState}'s lock. */
final class CphImage {
  /** One account an image is shared with, and whether it accepted. */
  static final class Member {
    final String memberId;
    final Instant createTime;
    String status = "pending";
    Instant updateTime;

    Member(String memberId, Instant createTime) {
      this.memberId = memberId;
      this.createTime = createTime;
      this.updateTime = createTime;
    }
  }

  final String id;
  final String name;
  /** {@code private} (the project's own) or {@code share} (shared with it by another account). */
  final String type;
  final String srcProjectId;
  final Instant createTime;
  /** 0 creating, 1 ready for use, 2 creation failed. */
  int status = 1;
  final Map<String, Member> members = new LinkedHashMap<>();

  CphImage(String id, String name, String type, String srcProjectId, Instant createTime) {
    this.id = id;
    this.name = name;
    this.type = type;
    this.srcProjectId = srcProjectId;
    this.createTime = createTime;
  }
}
