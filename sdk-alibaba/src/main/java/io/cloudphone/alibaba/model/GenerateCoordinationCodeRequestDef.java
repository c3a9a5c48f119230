package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Asks {@code GenerateCoordinationCode} for a code that lets other users join an instance's session. */
@Value.Immutable
@CloudPhoneStyle
@JsonSerialize(as = GenerateCoordinationCodeRequest.class)
@JsonDeserialize(as = GenerateCoordinationCodeRequest.class)
abstract class GenerateCoordinationCodeRequestDef {
  /** Id of the instance. */
  public abstract Optional<String> instanceId();

  /** User to whom the instance is assigned. */
  public abstract Optional<String> ownerUserId();
}
