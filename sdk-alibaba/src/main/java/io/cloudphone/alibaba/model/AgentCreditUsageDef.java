package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Credits an agent instance has used in one quota period. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = AgentCreditUsage.Builder.class)
abstract class AgentCreditUsageDef {
  /** Credits used. */
  public abstract Optional<Long> credit();

  /** Period the usage counts in: {@code total}, {@code month} or {@code day}. */
  public abstract Optional<String> limitPeriod();
}
