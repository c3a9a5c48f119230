package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** A disk of an Android instance, as listed by {@code DescribeAndroidInstances}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = AndroidInstanceDisk.Builder.class)
abstract class AndroidInstanceDiskDef {
  /** Disk type, for example {@code SYSTEM}. */
  public abstract Optional<String> diskType();

  /** Disk size in GB. */
  public abstract Optional<Integer> diskSize();
}
