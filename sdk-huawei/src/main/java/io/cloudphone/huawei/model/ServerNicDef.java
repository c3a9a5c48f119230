package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.Optional;
import org.immutables.value.Value;

/** A network interface of a server bought on a custom network. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ServerNic.Builder.class)
abstract class ServerNicDef {
  /** Subnet (UUID) of the chosen VPC that the server joins. */
  public abstract String subnetId();

  /** Whether the interface also gets an IPv6 address; the service's default is no. */
  public abstract Optional<Boolean> ipv6Enable();

  /** Shared bandwidth the IPv6 address is bound to. */
  public abstract Optional<Ipv6SharedBandwidth> ipv6Bandwidth();

  @Value.Check
  void check() {
    Validate.notBlank("subnet_id", subnetId());
  }
}
