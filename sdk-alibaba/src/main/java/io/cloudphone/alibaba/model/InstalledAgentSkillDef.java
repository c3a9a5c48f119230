package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** A skill installed on an agent (JVS) instance. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = InstalledAgentSkill.Builder.class)
abstract class InstalledAgentSkillDef {
  /** What the skill does. */
  public abstract Optional<String> description();

  /** Address of the skill's icon. */
  public abstract Optional<String> iconUrl();

  /** When the skill was installed, as the service formats it. */
  public abstract Optional<String> installedAt();

  /** Id of the skill. */
  public abstract Optional<String> skillId();

  /** Name of the skill. */
  public abstract Optional<String> skillName();

  /** Type of the skill as the service reports it. */
  public abstract Optional<String> skillType();
}
