package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import org.immutables.value.Value;

/** Switches ADB key-pair authentication of instances on or off through {@code SetAdbSecure}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = SetAdbSecureRequest.Builder.class)
abstract class SetAdbSecureRequestDef {
  /** Ids of the instances; at most 50. */
  public abstract List<String> instanceIds();

  /** 1 to require a valid ADB key pair on connection, 0 to accept any ADB client. */
  public abstract int status();

  @Value.Check
  void check() {
    Validate.size("InstanceIds", instanceIds(), 0, 50);
    Validate.range("Status", status(), 0, 1);
  }
}
