package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The new flavor {@code ChangeCloudPhoneServerModel} gives a cloud phone server; only special flavors of the same
 * generation qualify, and the change completes about two minutes after the order.
 */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ChangeCloudPhoneServerModelRequest.Builder.class)
abstract class ChangeCloudPhoneServerModelRequestDef {
  /** Id of the server whose flavor changes. */
  public abstract String serverId();

  /** Target server flavor of the same generation, at most 64 bytes. */
  public abstract String serverModelName();

  /** Target phone flavor; it must match the server flavor and keep the number of phones. */
  public abstract String phoneModelName();

  /** Payment terms of the change. */
  public abstract Optional<ChangeServerModelBilling> extendParam();

  @Value.Check
  void check() {
    Validate.notBlank("server_id", serverId());
    ServerChecks.required("server_model_name", serverModelName(), 64);
    ServerChecks.required("phone_model_name", phoneModelName(), 64);
  }
}
