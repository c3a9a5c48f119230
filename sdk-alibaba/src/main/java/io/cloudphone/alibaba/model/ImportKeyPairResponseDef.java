package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** The key pair stored by {@code ImportKeyPair}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ImportKeyPairResponse.Builder.class)
abstract class ImportKeyPairResponseDef {
  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();

  /** The imported key pair. */
  public abstract Optional<KeyPair> data();
}
