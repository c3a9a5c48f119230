package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import org.immutables.value.Value;

/** Renames an ADB key pair ({@code ModifyKeyPairName}). */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ModifyKeyPairNameRequest.Builder.class)
abstract class ModifyKeyPairNameRequestDef {
  /** Key pair to rename. */
  public abstract String keyPairId();

  /** The new name. */
  public abstract String newKeyPairName();
}
