package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** A disk attached to a cloud phone server, as shown by {@code ShowCloudPhoneServerDetail}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ServerVolume.Builder.class)
abstract class ServerVolumeDef {
  /** Disk name. */
  public abstract Optional<String> volumeName();

  /** Unique id of the disk. */
  public abstract Optional<String> volumeId();

  /** Disk size in GB. */
  public abstract Optional<Integer> volumeSize();

  /** Disk type, for example {@code SSD}. */
  public abstract Optional<String> volumeType();

  /** When the disk was created (UTC). */
  public abstract Optional<Instant> createTime();

  /** When the disk was last updated (UTC). */
  public abstract Optional<Instant> updateTime();
}
