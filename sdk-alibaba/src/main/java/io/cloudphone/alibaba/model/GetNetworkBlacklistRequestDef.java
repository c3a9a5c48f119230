package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Parameters of {@code GetNetworkBlacklist}, which reads the account-wide network-access blacklist (images 26.01 and later). */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = GetNetworkBlacklistRequest.Builder.class)
abstract class GetNetworkBlacklistRequestDef {
  /** Which list to read, as the service names it. */
  public abstract Optional<String> type();
}
