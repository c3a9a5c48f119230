package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import org.immutables.value.Value;

/** Parameters of {@code SetNetworkBlacklist}, which replaces the account-wide blacklist (images 26.01 and later); a list holding one empty string clears that list. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = SetNetworkBlacklistRequest.Builder.class)
abstract class SetNetworkBlacklistRequestDef {
  /** Domains to block, sent as {@code DomainBlacklist.N}; {@code [""]} clears the list. */
  public abstract List<String> domainBlacklist();

  /** IP addresses to block, sent as {@code IpBlacklist.N}; {@code [""]} clears the list. */
  public abstract List<String> ipBlacklist();
}
