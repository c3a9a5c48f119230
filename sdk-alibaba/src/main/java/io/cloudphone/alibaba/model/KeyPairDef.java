package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** An ADB key pair as listed by {@code DescribeKeyPairs} or returned by {@code ImportKeyPair}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = KeyPair.Builder.class)
abstract class KeyPairDef {
  /** Id of the key pair, for example {@code kp-6v2q33ae4tw3a****}. */
  public abstract Optional<String> keyPairId();

  /** Name of the key pair. */
  public abstract Optional<String> keyPairName();

  /** When the key pair was created, as the service formats it (for example {@code 2022-10-11T08:53:32Z}). */
  public abstract Optional<String> gmtCreated();
}
