package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.Optional;
import org.immutables.value.Value;

/** A network interface of a bare cloud phone server. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = SingleServerNic.Builder.class)
abstract class SingleServerNicDef {
  /** Subnet (UUID) the interface joins. */
  public abstract String subnetId();

  /** Whether the interface gets an IPv6 address; false by default. */
  public abstract Optional<Boolean> ipv6Enable();

  /** Shared bandwidth the IPv6 address uses. */
  public abstract Optional<String> ipv6BandWidthId();

  @Value.Check
  void check() {
    Validate.notBlank("subnet_id", subnetId());
  }
}
