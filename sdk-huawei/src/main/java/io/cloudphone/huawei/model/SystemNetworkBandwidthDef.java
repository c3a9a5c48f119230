package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Bandwidth of a server bought on a system network ({@code CreateCloudPhoneServer}): an existing shared bandwidth
 * by id, or a new one by type and size. A dedicated bandwidth is billed by traffic.
 */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = SystemNetworkBandwidth.Builder.class)
abstract class SystemNetworkBandwidthDef {
  /** Existing shared bandwidth to bind; preferred over the other fields when given. */
  public abstract Optional<String> bandWidthId();

  /** Type of a new bandwidth: 0 dedicated, 1 shared; required without {@link #bandWidthId()}. */
  public abstract Optional<Integer> bandWidthShareType();

  /** Size of a new shared bandwidth in Mbit/s (by default 5 to 2,000, varying by region); dedicated ones get 300. */
  public abstract Optional<Integer> bandWidthSize();

  @Value.Check
  void check() {
    bandWidthShareType().ifPresent(t -> Validate.oneOf("band_width_share_type", t, List.of(0, 1)));
    if (bandWidthId().isEmpty()) {
      ServerChecks.require(bandWidthShareType().isPresent(),
          "band_width_share_type is required when band_width_id is not given");
      ServerChecks.require(bandWidthShareType().get() != 1 || bandWidthSize().isPresent(),
          "band_width_size is required for a new shared bandwidth (band_width_share_type 1)");
    }
  }
}
