package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Parameters of {@code RefreshAuthTokens}: the agent instances or edge license keys to issue model-gateway tokens for.
 *
 * <p>Quirk: unlike most eds-aic lists, both id lists travel as one comma-separated string
 * ({@code InstanceIds=acp-1,acp-2}); the SDK joins them.
 */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = RefreshAuthTokensRequest.Builder.class)
abstract class RefreshAuthTokensRequestDef {
  /** How long the new tokens stay valid, in seconds. */
  public abstract Optional<Long> expireSeconds();

  /** Agent instances to issue tokens for; sent comma-joined as one {@code InstanceIds} string. */
  @JsonSerialize(using = CommaSeparatedSerializer.class)
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<String> instanceIds();

  /** Edge license keys to issue tokens for; sent comma-joined as one {@code LicenseKeys} string, never shown by {@code toString}. */
  @JsonSerialize(using = CommaSeparatedSerializer.class)
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @Value.Redacted
  public abstract List<String> licenseKeys();

  @Value.Check
  void check() {
    CommaSeparatedSerializer.checkNoCommas("InstanceIds", instanceIds());
    CommaSeparatedSerializer.checkNoCommas("LicenseKeys", licenseKeys());
  }
}
