package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.Optional;
import org.immutables.value.Value;

/** Data disks attached to each bare cloud phone server. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = SingleServerDataVolume.Builder.class)
abstract class SingleServerDataVolumeDef {
  /** Disk type: {@code SSD} or {@code GPSSD}. */
  public abstract Optional<String> volumeType();

  /** Disk size in GiB, 1 to 32,768. */
  public abstract Optional<Integer> size();

  /** Number of data disks; 1 by default. */
  public abstract Optional<Integer> count();

  @Value.Check
  void check() {
    Validate.range("size", size(), 1, 32768);
    Validate.range("count", count(), 1, Integer.MAX_VALUE);
  }
}
