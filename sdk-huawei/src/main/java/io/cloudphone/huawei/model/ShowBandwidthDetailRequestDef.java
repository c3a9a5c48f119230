package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.Optional;
import org.immutables.value.Value;

/** Page window for {@code ShowBandwidthDetail}; every field is optional. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ShowBandwidthDetailRequest.Builder.class)
abstract class ShowBandwidthDetailRequestDef {
  /** Index of the first bandwidth to return; 0 when absent. */
  public abstract Optional<Integer> offset();

  /** Bandwidths per page, 1 to 100. */
  public abstract Optional<Integer> limit();

  @Value.Check
  void check() {
    Validate.range("offset", offset(), 0, Integer.MAX_VALUE);
    Validate.range("limit", limit(), 1, 100);
  }
}
