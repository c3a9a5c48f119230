package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import org.immutables.value.Value;

/** Imports the public half of an ADB key pair made elsewhere ({@code ImportKeyPair}). */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ImportKeyPairRequest.Builder.class)
abstract class ImportKeyPairRequestDef {
  /** Name for the imported key pair. */
  public abstract String keyPairName();

  /** The ADB public key. */
  public abstract String publicKeyBody();
}
