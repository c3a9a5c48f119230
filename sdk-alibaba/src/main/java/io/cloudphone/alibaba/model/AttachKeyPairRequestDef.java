package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import org.immutables.value.Value;

/** Attaches an ADB key pair to cloud phone instances ({@code AttachKeyPair}). */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = AttachKeyPairRequest.Builder.class)
abstract class AttachKeyPairRequestDef {
  /** Instances that receive the key pair, at most 50. */
  public abstract List<String> instanceIds();

  /** ADB key pair to attach. */
  public abstract String keyPairId();

  @Value.Check
  void check() {
    Validate.size("InstanceIds", instanceIds(), 0, 50);
  }
}
