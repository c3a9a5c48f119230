package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An agent (JVS) instance as listed by {@code DescribeJVSInstance}: status, credit quota and usage, agent version
 * and installed skills.
 */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = JvsInstance.Builder.class)
abstract class JvsInstanceDef {
  /** Version of the agent on the instance and whether it can be upgraded. */
  public abstract Optional<JvsAgentVersion> agentVersion();

  /** When the instance was created, as the service formats it (for example {@code 2026-04-10T01:31:32Z}). */
  public abstract Optional<String> createTime();

  /** Credit quotas of the instance; a later configuration replaces an earlier one. */
  public abstract List<AgentCreditConfig> creditConfig();

  /** When the instance expires, as the service formats it. */
  public abstract Optional<String> expireTime();

  /** Skills installed on the instance. */
  public abstract List<InstalledAgentSkill> installedSkills();

  /** Id of the instance. */
  public abstract Optional<String> instanceId();

  /**
   * Id of the package the instance belongs to; documented as not supported (the example shows {@code null} as
   * text).
   */
  public abstract Optional<String> jvsPackageId();

  /** When the instance was last changed, as the service formats it. */
  public abstract Optional<String> modifyTime();

  /** Status of the instance as the service reports it (the documented example spells {@code RUNNNING}). */
  public abstract Optional<String> status();

  /** Credits used so far, per quota period. */
  public abstract List<AgentCreditUsage> usedCredit();
}
