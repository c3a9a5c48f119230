package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import org.immutables.value.Value;

/** The new name {@code UpdateServerName} gives a cloud phone server. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = UpdateServerNameRequest.Builder.class)
abstract class UpdateServerNameRequestDef {
  /** Id of the server to rename. */
  public abstract String serverId();

  /** New name, 1 to 60 letters, digits, {@code -} and {@code _}. */
  public abstract String serverName();

  @Value.Check
  void check() {
    // A blank id would send PUT /servers/, which is no rename.
    Validate.notBlank("server_id", serverId());
    ServerChecks.serverName(serverName());
  }
}
