package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.Optional;
import org.immutables.value.Value;

/** Bandwidth of a cloud phone server: a shared bandwidth by id, or a dedicated one by size. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ServerBandwidthSpec.Builder.class)
abstract class ServerBandwidthSpecDef {
  /** Shared bandwidth id; required for a shared bandwidth. */
  public abstract Optional<String> bandWidthId();

  /** Dedicated bandwidth size in Mbit/s; required for a dedicated bandwidth. */
  public abstract Optional<Integer> bandWidthSize();

  /** Billing: 0 by bandwidth, 1 by traffic. */
  public abstract Optional<Integer> bandWidthChargeMode();

  /** Bandwidth type: 0 dedicated, 1 shared. */
  public abstract Optional<Integer> bandWidthShareType();

  @Value.Check
  void check() {
    Validate.range("band_width_size", bandWidthSize(), 1, Integer.MAX_VALUE);
    Validate.range("band_width_charge_mode", bandWidthChargeMode(), 0, 1);
    Validate.range("band_width_share_type", bandWidthShareType(), 0, 1);
  }
}
