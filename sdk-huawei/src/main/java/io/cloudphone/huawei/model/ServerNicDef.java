package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import org.immutables.value.Value;

/** A network interface of a server bought on a custom network. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ServerNic.Builder.class)
abstract class ServerNicDef {
  /** Subnet (UUID) of the chosen VPC that the server joins. */
  public abstract String subnetId();

  @Value.Check
  void check() {
    Validate.notBlank("subnet_id", subnetId());
  }
}
