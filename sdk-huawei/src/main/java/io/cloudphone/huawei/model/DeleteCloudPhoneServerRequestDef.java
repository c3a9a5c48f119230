package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import org.immutables.value.Value;

/** Servers to release ({@code DeleteCloudPhoneServer}). */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DeleteCloudPhoneServerRequest.Builder.class)
abstract class DeleteCloudPhoneServerRequestDef {
  /** Servers to release; at least one. */
  public abstract List<String> serverIds();

  @Value.Check
  void check() {
    Validate.size("server_ids", serverIds(), 1, Integer.MAX_VALUE);
    serverIds().forEach(id -> Validate.notBlank("server_ids", id));
  }
}
