package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** The key pair made by {@code CreateKeyPair}, with its private key. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = CreateKeyPairResponse.Builder.class)
abstract class CreateKeyPairResponseDef {
  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();

  /** The new key pair. */
  public abstract Optional<CreatedKeyPair> data();
}
