package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import org.immutables.value.Value;

/** The new size {@code UpdateBandwidth} gives a shared bandwidth. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = UpdateBandwidthRequest.Builder.class)
abstract class UpdateBandwidthRequestDef {
  /** Id of the shared bandwidth, as returned by {@code ShowBandwidthDetail}. */
  public abstract String bandWidthId();

  /**
   * New size in Mbit/s; by default the service accepts steps of 1 up to 300, of 50 up to 1,000 and of 500 above.
   */
  public abstract int bandWidthSize();

  @Value.Check
  void check() {
    // A blank id would send PUT /bandwidths/, which names no bandwidth.
    Validate.notBlank("band_width_id", bandWidthId());
    Validate.range("band_width_size", bandWidthSize(), 1, Integer.MAX_VALUE);
  }
}
