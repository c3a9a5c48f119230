package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** The data disk of a cloud phone, as reported by {@code ShowCloudPhoneDetail}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = CloudPhoneDataVolume.Builder.class)
abstract class CloudPhoneDataVolumeDef {
  /** Disk type, for example {@code GPSSD}. */
  public abstract Optional<String> volumeType();

  /** Disk size; this page states no unit (the other CPH disk sizes are in GiB). */
  public abstract Optional<Integer> volumeSize();
}
