package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import org.immutables.value.Value;

/** Parameters of {@code SetNetworkBlacklist}, which replaces the account-wide blacklist (images 26.01 and later); a list holding one empty string clears that list. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = SetNetworkBlacklistRequest.Builder.class)
abstract class SetNetworkBlacklistRequestDef {
  /** Domains to block (at most 200, each at most 100 characters), sent as {@code DomainBlacklist.N}; {@code [""]} clears the list. */
  public abstract List<String> domainBlacklist();

  /** IP addresses or ranges to block (at most 200), sent as {@code IpBlacklist.N}; {@code [""]} clears the list. */
  public abstract List<String> ipBlacklist();

  @Value.Check
  void check() {
    Validate.size("DomainBlacklist", domainBlacklist(), 0, 200);
    Validate.size("IpBlacklist", ipBlacklist(), 0, 200);
    domainBlacklist().forEach(domain -> Validate.length("DomainBlacklist", domain, 0, 100));
  }
}
