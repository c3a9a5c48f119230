package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Per-call tally of an {@code AttachKeyPair} request. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = KeyPairAttachResult.Builder.class)
abstract class KeyPairAttachResultDef {
  /** The key pair that was attached. */
  public abstract Optional<String> keyPairId();

  /** Number of instances the attach was tried on. */
  public abstract Optional<Integer> totalCount();

  /** Number of instances the key pair could not be attached to. */
  public abstract Optional<Integer> failCount();

  /** Instances that now hold the key pair. */
  public abstract List<String> attachedInstanceIds();
}
