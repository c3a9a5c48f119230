package io.cloudphone.huawei.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Addresses and one-session credentials a client SDK uses to connect to a cloud phone. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = PhoneConnectAccess.Builder.class)
abstract class PhoneConnectAccessDef {
  /** Public IPv4 address to connect to. */
  public abstract Optional<String> accessIp();

  /** Private (VPC) IPv4 address of the phone. */
  public abstract Optional<String> intranetIp();

  /** IPv6 address of the phone's server, when it has one. */
  @JsonProperty("access_ipv6")
  public abstract Optional<String> accessIpv6();

  /** Port to connect to; some API pages document it as a string, the mapper accepts both. */
  public abstract Optional<Integer> accessPort();

  /** Id of the session these credentials open. */
  public abstract Optional<String> sessionId();

  /** Timestamp the ticket was signed with, passed to the SDK unchanged. */
  public abstract Optional<String> timestamp();

  /** Signed ticket that authorises this one session. */
  public abstract Optional<String> ticket();
}
