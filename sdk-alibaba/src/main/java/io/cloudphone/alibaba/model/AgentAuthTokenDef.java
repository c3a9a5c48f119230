package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One model-gateway token of an agent instance or edge license key; the token and key never appear in {@code
 * toString}.
 */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = AgentAuthToken.Builder.class)
abstract class AgentAuthTokenDef {
  /** The token itself. */
  @Value.Redacted
  public abstract Optional<String> authToken();

  /** When the token expires, in epoch seconds (for example {@code 1719648600}). */
  public abstract Optional<Long> expireAt();

  /** How long the token is valid, in seconds. */
  public abstract Optional<Long> expireSeconds();

  /** Agent instance the token is for. */
  public abstract Optional<String> instanceId();

  /** When the token was issued, in epoch seconds. */
  public abstract Optional<Long> issuedAt();

  /** Edge license key the token is for. */
  @Value.Redacted
  public abstract Optional<String> licenseKey();
}
