package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Outcome of {@code AttachKeyPair}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = AttachKeyPairResponse.Builder.class)
abstract class AttachKeyPairResponseDef {
  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();

  /** How many instances took the key pair and which ones. */
  public abstract Optional<KeyPairAttachResult> data();
}
