package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** A bandwidth used by cloud phone servers, as shown by {@code ShowBandwidthDetail} and the server details. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = Bandwidth.Builder.class)
abstract class BandwidthDef {
  /** Bandwidth name, at most 64 bytes. */
  public abstract Optional<String> bandWidthName();

  /** Unique id of the bandwidth; pass it to {@code UpdateBandwidth}. */
  public abstract Optional<String> bandWidthId();

  /** Bandwidth size in Mbit/s. */
  public abstract Optional<Integer> bandWidthSize();

  /** Billing: 0 by bandwidth, 1 by traffic. */
  public abstract Optional<Integer> bandWidthChargeMode();

  /** Type: 0 dedicated, 1 shared. */
  public abstract Optional<Integer> bandWidthShareType();

  /** When the bandwidth was created (UTC). */
  public abstract Optional<Instant> createTime();

  /** When the bandwidth was last updated (UTC). */
  public abstract Optional<Instant> updateTime();
}
