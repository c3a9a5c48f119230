package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** A disk of an Android instance, as listed by {@code DescribeAndroidInstances}. */
@Value.Immutable
@CloudPhoneStyle
@JsonSerialize(as = AndroidInstanceDisk.class)
@JsonDeserialize(as = AndroidInstanceDisk.class)
abstract class AndroidInstanceDiskDef {
  /** Disk type, for example {@code SYSTEM}. */
  public abstract Optional<String> diskType();

  /** Disk size in GB. */
  public abstract Optional<Integer> diskSize();
}
