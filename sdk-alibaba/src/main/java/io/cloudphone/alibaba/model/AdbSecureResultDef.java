package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Outcome of {@code SetAdbSecure}: how many instances were attempted, failed and succeeded. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = AdbSecureResult.Builder.class)
abstract class AdbSecureResultDef {
  /** Number of instances the switch was attempted on. */
  public abstract Optional<Long> totalCount();

  /** Number of instances on which setting the switch failed. */
  public abstract Optional<Integer> failCount();

  /** Ids of the instances on which the switch was set. */
  public abstract List<String> instanceIds();
}
