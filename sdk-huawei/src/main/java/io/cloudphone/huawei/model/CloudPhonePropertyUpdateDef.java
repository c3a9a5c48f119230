package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import org.immutables.value.Value;

/** New properties for one phone, for {@code UpdateCloudPhoneProperty}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = CloudPhonePropertyUpdate.Builder.class)
abstract class CloudPhonePropertyUpdateDef {
  /** Id of the cloud phone, at most 32 bytes. */
  public abstract String phoneId();

  /** Properties to set, as one JSON object encoded in a string; some take effect only after a restart. */
  public abstract String property();

  @Value.Check
  void check() {
    Validate.notBlank("phone_id", phoneId());
    Validate.maxBytes("phone_id", phoneId(), 32);
    Validate.notBlank("property", property());
    Validate.maxBytes("property", property(), 2048);
  }
}
