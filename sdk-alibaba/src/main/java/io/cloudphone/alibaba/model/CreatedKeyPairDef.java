package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** A freshly created ADB key pair; the private key is shown only in this answer and never in {@code toString}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = CreatedKeyPair.Builder.class)
abstract class CreatedKeyPairDef {
  /** Id of the key pair, for example {@code kp-6v2q33ae4tw3a****}. */
  public abstract Optional<String> keyPairId();

  /** Name of the key pair. */
  public abstract Optional<String> keyPairName();

  /** PEM-encoded PKCS#8 private key for ADB clients; store it safely, the service keeps only the public half. */
  @Value.Redacted
  public abstract Optional<String> privateKeyBody();

  /** When the key pair was created, as the service formats it (for example {@code 2024-06-30 08:45:09.0}). */
  public abstract Optional<String> gmtCreated();
}
