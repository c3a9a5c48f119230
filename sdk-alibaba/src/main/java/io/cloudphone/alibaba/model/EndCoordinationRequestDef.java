package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Ends every coordination session of an instance through {@code EndCoordination}, invalidating its code. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = EndCoordinationRequest.Builder.class)
abstract class EndCoordinationRequestDef {
  /** Id of the instance in the coordination session. */
  public abstract Optional<String> instanceId();

  /** User who started the coordination. */
  public abstract Optional<String> ownerUserId();

  /** User who joined the coordination. */
  public abstract Optional<String> coordinatorUserId();
}
