package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Ends the sessions of instances, or releases their hold on a user, through {@code DisconnectAndroidInstance}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DisconnectAndroidInstanceRequest.Builder.class)
abstract class DisconnectAndroidInstanceRequestDef {
  /** Ids of the instances; at most 100. */
  public abstract List<String> instanceIds();

  /** User whose session is ended (not publicly documented). */
  public abstract Optional<String> endUserId();

  @Value.Check
  void check() {
    Validate.size("InstanceIds", instanceIds(), 0, 100);
  }
}
