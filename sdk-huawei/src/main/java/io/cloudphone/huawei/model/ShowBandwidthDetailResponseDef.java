package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One page of the bandwidths your cloud phone servers use (system-network servers). */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ShowBandwidthDetailResponse.Builder.class)
abstract class ShowBandwidthDetailResponseDef {
  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();

  /** The bandwidths on this page. */
  public abstract List<Bandwidth> bandWidths();
}
