package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Outcome of an {@code InstanceHealer} call. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = InstanceHealerResult.Builder.class)
abstract class InstanceHealerResultDef {
  /** Result of the repair as the service reports it, for example {@code True}. */
  public abstract Optional<String> result();
}
