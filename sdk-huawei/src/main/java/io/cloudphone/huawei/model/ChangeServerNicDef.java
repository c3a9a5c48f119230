package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.Optional;
import org.immutables.value.Value;

/** A network interface of a swapped server. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ChangeServerNic.Builder.class)
abstract class ChangeServerNicDef {
  /** Subnet (UUID) in the server's VPC. */
  public abstract String subnetId();

  /** Whether the interface gets an IPv6 address. */
  public abstract Optional<Boolean> ipv6Enable();

  /** Shared bandwidth the IPv6 address uses. */
  public abstract Optional<Ipv6SharedBandwidth> ipv6Bandwidth();

  @Value.Check
  void check() {
    Validate.notBlank("subnet_id", subnetId());
  }
}
