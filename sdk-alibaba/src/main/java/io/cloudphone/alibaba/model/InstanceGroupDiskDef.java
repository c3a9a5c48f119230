package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** A disk of the instances in an instance group. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = InstanceGroupDisk.Builder.class)
abstract class InstanceGroupDiskDef {
  /** Disk size in GB. */
  public abstract Optional<Integer> diskSize();

  /** Disk type, for example {@code SYSTEM}. */
  public abstract Optional<String> diskType();
}
