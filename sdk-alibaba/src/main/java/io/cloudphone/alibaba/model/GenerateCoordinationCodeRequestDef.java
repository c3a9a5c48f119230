package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Asks {@code GenerateCoordinationCode} for a code that lets other users join an instance's session. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = GenerateCoordinationCodeRequest.Builder.class)
abstract class GenerateCoordinationCodeRequestDef {
  /** Id of the instance. */
  public abstract Optional<String> instanceId();

  /** User to whom the instance is assigned. */
  public abstract Optional<String> ownerUserId();
}
