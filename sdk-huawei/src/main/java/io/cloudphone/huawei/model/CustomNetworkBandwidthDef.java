package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Bandwidth of a server bought on a custom network ({@code CreateNet2CloudPhoneServer}): a dedicated bandwidth of
 * a given size, or an existing shared bandwidth by id.
 */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = CustomNetworkBandwidth.Builder.class)
abstract class CustomNetworkBandwidthDef {
  /** Existing shared bandwidth to use; required for a shared bandwidth. */
  public abstract Optional<String> bandWidthId();

  /** Bandwidth type: 0 dedicated, 1 shared. */
  public abstract int bandWidthShareType();

  /**
   * Size in Mbit/s, 1 to 2,000, required for a dedicated bandwidth; the service accepts steps of 1 up to 300,
   * of 50 up to 1,000 and of 500 above.
   */
  public abstract Optional<Integer> bandWidthSize();

  /** Billing: 0 by bandwidth, 1 by traffic. */
  public abstract int bandWidthChargeMode();

  @Value.Check
  void check() {
    Validate.oneOf("band_width_share_type", bandWidthShareType(), List.of(0, 1));
    Validate.oneOf("band_width_charge_mode", bandWidthChargeMode(), List.of(0, 1));
    Validate.range("band_width_size", bandWidthSize(), 1, 2000);
    if (bandWidthShareType() == 0) {
      ServerChecks.require(bandWidthSize().isPresent(),
          "band_width_size is required for a dedicated bandwidth (band_width_share_type 0)");
    } else {
      ServerChecks.require(bandWidthId().isPresent(),
          "band_width_id is required for a shared bandwidth (band_width_share_type 1)");
    }
  }
}
