package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Per-call tally of a {@code DetachKeyPair} request. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = KeyPairDetachResult.Builder.class)
abstract class KeyPairDetachResultDef {
  /** The key pair that was detached. */
  public abstract Optional<String> keyPairId();

  /** Number of instances the detach was tried on. */
  public abstract Optional<Integer> totalCount();

  /** Number of instances the key pair could not be detached from. */
  public abstract Optional<Integer> failCount();

  /** Instances that no longer hold the key pair. */
  public abstract List<String> detachedInstanceIds();
}
