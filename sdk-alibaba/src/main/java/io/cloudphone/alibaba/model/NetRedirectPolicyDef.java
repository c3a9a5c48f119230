package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Network redirection of a cloud phone policy: route app or domain traffic through a proxy. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = NetRedirectPolicy.Builder.class)
abstract class NetRedirectPolicyDef {
  /** Whether network redirection is on: {@code on} or {@code off}. */
  public abstract Optional<String> netRedirect();

  /** Whether a custom proxy is configured by hand: {@code on} or {@code off}. */
  public abstract Optional<String> customProxy();

  /** Proxy protocol; only {@code socks5}. */
  public abstract Optional<String> proxyType();

  /** IPv4 address of the custom proxy. */
  public abstract Optional<String> hostAddr();

  /** Port of the custom proxy, 1 to 65535, as text. */
  public abstract Optional<String> port();

  /** Proxy user name, 1 to 256 characters without spaces or Chinese characters. */
  public abstract Optional<String> proxyUserName();

  /** Proxy password, 1 to 256 characters; never shown by {@code toString}. */
  @Value.Redacted
  public abstract Optional<String> proxyPassword();

  /** Which traffic is redirected; at most 100 rules, left out of the JSON string when empty. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<NetRedirectRule> rules();
}
