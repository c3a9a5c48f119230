package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.Optional;
import org.immutables.value.Value;

/** A phone to reset or restart, optionally with new properties applied on the way. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = CloudPhoneTarget.Builder.class)
abstract class CloudPhoneTargetDef {
  /** Id of the cloud phone, at most 32 bytes. */
  public abstract String phoneId();

  /** Properties to set, as one JSON object encoded in a string, for example {@code {"sys.prop.writeimsi":"460021624617113"}}. */
  public abstract Optional<String> property();

  @Value.Check
  void check() {
    Validate.notBlank("phone_id", phoneId());
    Validate.maxBytes("phone_id", phoneId(), 32);
    property().ifPresent(p -> Validate.maxBytes("property", p, 2048));
  }
}
