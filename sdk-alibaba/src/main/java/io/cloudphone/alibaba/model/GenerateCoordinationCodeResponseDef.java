package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** The coordination code from {@code GenerateCoordinationCode}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = GenerateCoordinationCodeResponse.Builder.class)
abstract class GenerateCoordinationCodeResponseDef {
  /** Id of this request, for support tickets. */
  public abstract Optional<String> requestId();

  /** Code to share with the users who may join, for example {@code CSHGDK}. */
  public abstract Optional<String> coordinatorCode();
}
