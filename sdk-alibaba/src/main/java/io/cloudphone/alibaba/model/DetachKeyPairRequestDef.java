package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import org.immutables.value.Value;

/** Detaches an ADB key pair from cloud phone instances ({@code DetachKeyPair}); ADB logins with it then fail. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DetachKeyPairRequest.Builder.class)
abstract class DetachKeyPairRequestDef {
  /** Instances that lose the key pair, at most 50. */
  public abstract List<String> instanceIds();

  /** ADB key pair to detach. */
  public abstract String keyPairId();

  @Value.Check
  void check() {
    Validate.size("InstanceIds", instanceIds(), 0, 50);
  }
}
