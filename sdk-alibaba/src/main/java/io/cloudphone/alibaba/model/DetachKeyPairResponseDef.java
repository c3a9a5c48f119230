package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Outcome of {@code DetachKeyPair}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DetachKeyPairResponse.Builder.class)
abstract class DetachKeyPairResponseDef {
  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();

  /** How many instances dropped the key pair and which ones. */
  public abstract Optional<KeyPairDetachResult> data();
}
