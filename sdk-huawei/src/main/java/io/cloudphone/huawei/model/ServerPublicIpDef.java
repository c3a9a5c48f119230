package io.cloudphone.huawei.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Public IP of a server bought on a custom network: either a new EIP or one existing EIP by id. */
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

  @Value.Check
  void check() {
    ServerChecks.require(eip().isPresent() != !ids().isEmpty(), "exactly one of eip and ids must be given");
    Validate.size("ids", ids(), 0, 1);
    ids().forEach(id -> Validate.notBlank("ids", id));
  }
}
