package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import org.immutables.value.Value;

/** The line type of an elastic IP the service creates. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = NewElasticIp.Builder.class)
abstract class NewElasticIpDef {
  /** Line type: {@code 5_telcom}, {@code 5_union}, {@code 5_bgp} (dynamic BGP) or {@code 5_sbgp} (static BGP). */
  public abstract String type();

  @Value.Check
  void check() {
    Validate.notBlank("type", type());
  }
}
