package io.cloudphone.huawei.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Public IP of a server bought on a custom network: a new EIP, one existing EIP by id, or none ({@code count} 0).
 */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ServerPublicIp.Builder.class)
abstract class ServerPublicIpDef {
  /** A new EIP for the service to assign; give this or {@link #ids()}. */
  public abstract Optional<NewElasticIp> eip();

  /** Id of one existing EIP to use; give this or {@link #eip()}. */
  // Left out when empty: the service reads a present ids as "use this EIP".
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<String> ids();

  /** Number of EIPs, 0 (none) up to the number of phone IPs; the service assigns 1 when absent. */
  public abstract Optional<Integer> count();

  @Value.Check
  void check() {
    ServerChecks.require(!(eip().isPresent() && !ids().isEmpty()), "eip and ids must not both be given");
    ServerChecks.require(eip().isPresent() || !ids().isEmpty() || count().orElse(1) == 0,
        "one of eip and ids must be given, unless count is 0");
    Validate.range("count", count(), 0, Integer.MAX_VALUE);
    Validate.size("ids", ids(), 0, 1);
    ids().forEach(id -> Validate.notBlank("ids", id));
  }
}
