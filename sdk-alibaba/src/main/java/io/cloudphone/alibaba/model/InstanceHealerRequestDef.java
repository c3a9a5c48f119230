package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Parameters of {@code InstanceHealer}, which diagnoses and repairs instances. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = InstanceHealerRequest.Builder.class)
abstract class InstanceHealerRequestDef {
  /** Instances to repair, sent as {@code InstanceIdList.N}. */
  public abstract List<String> instanceIdList();

  /** Repair strategy; only {@code Clean} (clears system logs to free a full disk) is offered. */
  public abstract Optional<String> strategy();

  /** How long the repair may take in seconds (30 when absent). */
  public abstract Optional<Long> timeout();

  @Value.Check
  void check() {
    Validate.size("InstanceIdList", instanceIdList(), 1, Integer.MAX_VALUE);
  }
}
