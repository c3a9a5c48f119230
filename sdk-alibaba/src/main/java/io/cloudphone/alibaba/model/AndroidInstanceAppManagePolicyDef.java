package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** The application management rule (app blacklist or whitelist) applied to an Android instance. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = AndroidInstanceAppManagePolicy.Builder.class)
abstract class AndroidInstanceAppManagePolicyDef {
  /** Id of the application management rule. */
  public abstract Optional<String> appManagePolicyId();

  /** Name of the application management rule. */
  public abstract Optional<String> appManagePolicyName();
}
