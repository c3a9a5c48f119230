package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.Optional;
import org.immutables.value.Value;

/** Type and size of a disk the service creates for a server or its phones. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ServerDataVolumeSpec.Builder.class)
abstract class ServerDataVolumeSpecDef {
  /** Disk type: {@code SSD} or {@code GPSSD}. */
  public abstract Optional<String> volumeType();

  /** Disk size in GiB, 10 to 32,768. */
  public abstract Optional<Integer> size();

  @Value.Check
  void check() {
    Validate.range("size", size(), 10, 32768);
  }
}
