package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import org.immutables.value.Value;

/** Renames an ADB key pair ({@code ModifyKeyPairName}). */
@Value.Immutable
@CloudPhoneStyle
@JsonSerialize(as = ModifyKeyPairNameRequest.class)
@JsonDeserialize(as = ModifyKeyPairNameRequest.class)
abstract class ModifyKeyPairNameRequestDef {
  /** Key pair to rename. */
  public abstract String keyPairId();

  /** The new name. */
  public abstract String newKeyPairName();
}
