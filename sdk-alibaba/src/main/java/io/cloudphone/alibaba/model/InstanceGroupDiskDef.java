package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** A disk of the instances in an instance group. */
@Value.Immutable
@CloudPhoneStyle
@JsonSerialize(as = InstanceGroupDisk.class)
@JsonDeserialize(as = InstanceGroupDisk.class)
abstract class InstanceGroupDiskDef {
  /** Disk size in GB. */
  public abstract Optional<Integer> diskSize();

  /** Disk type, for example {@code SYSTEM}. */
  public abstract Optional<String> diskType();
}
