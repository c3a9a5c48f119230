package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** One network redirection rule: an app package or a domain. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = NetRedirectRule.Builder.class)
abstract class NetRedirectRuleDef {
  /** {@code prc} for an app package name, {@code domain} for a domain name. */
  public abstract Optional<String> ruleType();

  /** The package name or domain name. */
  public abstract Optional<String> target();
}
