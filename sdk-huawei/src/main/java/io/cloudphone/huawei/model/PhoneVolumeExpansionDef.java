package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import org.immutables.value.Value;

/** One phone's data disk and the size it grows to. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = PhoneVolumeExpansion.Builder.class)
abstract class PhoneVolumeExpansionDef {
  /** Phone whose data disk grows. */
  public abstract String phoneId();

  /** New data disk size in GiB: at least the current size and at most 32,768. */
  public abstract int newSize();

  @Value.Check
  void check() {
    Validate.notBlank("phone_id", phoneId());
    Validate.range("new_size", newSize(), 1, 32768);
  }
}
