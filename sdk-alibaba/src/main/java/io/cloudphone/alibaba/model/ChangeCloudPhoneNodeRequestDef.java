package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Parameters of {@code ChangeCloudPhoneNode}: a new instance type or phone count for one matrix. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ChangeCloudPhoneNodeRequest.Builder.class)
abstract class ChangeCloudPhoneNodeRequestDef {
  /** Whether the order for the change is paid automatically from the account balance. */
  public abstract Optional<Boolean> autoPay();

  /**
   * Display settings of the phones; the API types this parameter as a plain string, so it goes in the query as one
   * JSON string, the same JSON {@code CreateCloudPhoneNode} sends for its {@code DisplayConfig}.
   */
  public abstract Optional<DisplayConfig> displayConfig();

  /** Downstream bandwidth limit per phone in Mbit/s. */
  public abstract Optional<Integer> downBandwidthLimit();

  /** Instance type the matrix's phones should get, for example {@code ac.max} or {@code ac.plus}. */
  public abstract Optional<String> instanceType();

  /** Id of the cloud phone matrix to change. */
  public abstract Optional<String> nodeId();

  /** Number of phone instances the matrix should hold; {@code DescribeSpec} gives the allowed minimum and maximum. */
  public abstract Optional<Integer> phoneCount();

  /** New size of each phone's own storage in GiB. */
  public abstract Optional<Integer> phoneDataVolume();

  /** Promotion to apply to the order. */
  public abstract Optional<String> promotionId();

  /** New size of the matrix's shared storage in GiB. */
  public abstract Optional<Integer> shareDataVolume();

  /** Swap size of each phone in GiB. */
  public abstract Optional<Integer> swapSize();

  /** Upstream bandwidth limit per phone in Mbit/s. */
  public abstract Optional<Integer> upBandwidthLimit();
}
