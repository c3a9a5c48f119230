package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A credit quota of an agent instance; {@code ModifyJVSInstance} sends it flattened as {@code
 * CreditConfig.N.CreditLimit} / {@code CreditConfig.N.LimitPeriod}.
 */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = AgentCreditConfig.Builder.class)
abstract class AgentCreditConfigDef {
  /** The quota: {@code 0} blocks use, {@code -1} is unlimited, any other value is the number of credits. */
  public abstract Optional<Long> creditLimit();

  /**
   * Period the quota applies to: {@code total}, {@code month} (from activation) or {@code day} (resets at 00:00).
   */
  public abstract Optional<String> limitPeriod();
}
