package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import org.immutables.value.Value;

/** Names the cloud phone server whose details {@code ShowCloudPhoneServerDetail} returns. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ShowCloudPhoneServerDetailRequest.Builder.class)
abstract class ShowCloudPhoneServerDetailRequestDef {
  /** Id of the cloud phone server, as returned by {@code ListCloudPhoneServers}. */
  public abstract String serverId();

  @Value.Check
  void check() {
    // A blank id would turn GET /servers/{server_id} into the list call GET /servers/.
    Validate.notBlank("server_id", serverId());
  }
}
