package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import org.immutables.value.Value;

/** The account-wide IP and domain blacklist. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = NetworkBlacklist.Builder.class)
abstract class NetworkBlacklistDef {
  /** Blocked domains. */
  public abstract List<String> domainBlacklist();

  /** Blocked IP addresses. */
  public abstract List<String> ipBlacklist();
}
