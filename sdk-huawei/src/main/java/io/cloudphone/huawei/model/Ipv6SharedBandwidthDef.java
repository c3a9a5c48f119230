package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import org.immutables.value.Value;

/** The shared bandwidth an IPv6 address is bound to. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = Ipv6SharedBandwidth.Builder.class)
abstract class Ipv6SharedBandwidthDef {
  /** Shared bandwidth id. */
  public abstract String bandWidthId();

  @Value.Check
  void check() {
    Validate.notBlank("band_width_id", bandWidthId());
  }
}
