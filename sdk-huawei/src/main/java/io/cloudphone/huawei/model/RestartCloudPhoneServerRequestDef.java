package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import org.immutables.value.Value;

/** The cloud phone servers {@code RestartCloudPhoneServer} restarts. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = RestartCloudPhoneServerRequest.Builder.class)
abstract class RestartCloudPhoneServerRequestDef {
  /** Ids of the servers to restart, 1 to 100. */
  public abstract List<String> serverIds();

  @Value.Check
  void check() {
    // The current reference caps one call at 100 servers.
    ServerChecks.serverIds(serverIds(), 100);
  }
}
