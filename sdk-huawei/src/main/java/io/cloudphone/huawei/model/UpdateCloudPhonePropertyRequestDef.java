package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import org.immutables.value.Value;

/** Phones and the properties to set on each, for {@code UpdateCloudPhoneProperty}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = UpdateCloudPhonePropertyRequest.Builder.class)
abstract class UpdateCloudPhonePropertyRequestDef {
  /** The phones with their new properties; at least one. */
  public abstract List<CloudPhonePropertyUpdate> phones();

  @Value.Check
  void check() {
    Validate.size("phones", phones(), 1, Integer.MAX_VALUE);
  }
}
