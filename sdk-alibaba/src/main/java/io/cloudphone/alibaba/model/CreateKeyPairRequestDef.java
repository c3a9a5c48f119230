package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import org.immutables.value.Value;

/** Creates an ADB key pair whose private key is returned once ({@code CreateKeyPair}). */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = CreateKeyPairRequest.Builder.class)
abstract class CreateKeyPairRequestDef {
  /** Name of the key pair: 2 to 128 characters, starting with a letter or Chinese character. */
  public abstract String keyPairName();

  @Value.Check
  void check() {
    Validate.length("KeyPairName", keyPairName(), 2, 128);
  }
}
