package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import org.immutables.value.Value;

/** Phones to power off, for {@code StopCloudPhone}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = StopCloudPhoneRequest.Builder.class)
abstract class StopCloudPhoneRequestDef {
  /** Ids of the phones to stop; at least one. */
  public abstract List<String> phoneIds();

  @Value.Check
  void check() {
    Validate.size("phone_ids", phoneIds(), 1, Integer.MAX_VALUE);
    phoneIds().forEach(id -> Validate.notBlank("phone_ids", id));
  }
}
