package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import org.immutables.value.Value;

/** A network interface of a server bought on a custom network. */
@Value.Immutable
@CloudPhoneStyle
@JsonSerialize(as = ServerNic.class)
@JsonDeserialize(as = ServerNic.class)
abstract class ServerNicDef {
  /** Subnet (UUID) of the chosen VPC that the server joins. */
  public abstract String subnetId();

  @Value.Check
  void check() {
    Validate.notBlank("subnet_id", subnetId());
  }
}
