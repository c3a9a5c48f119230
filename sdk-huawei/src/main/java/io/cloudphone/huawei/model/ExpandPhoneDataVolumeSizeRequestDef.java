package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import org.immutables.value.Value;

/** Phones whose data disks grow, each with its new size ({@code ExpandPhoneDataVolumeSize}). */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ExpandPhoneDataVolumeSizeRequest.Builder.class)
abstract class ExpandPhoneDataVolumeSizeRequestDef {
  /** The phones and their new data disk sizes; at least one. */
  public abstract List<PhoneVolumeExpansion> phones();

  @Value.Check
  void check() {
    Validate.size("phones", phones(), 1, Integer.MAX_VALUE);
  }
}
