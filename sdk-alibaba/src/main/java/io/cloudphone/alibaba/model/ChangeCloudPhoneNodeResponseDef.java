package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Answer of {@code ChangeCloudPhoneNode}: the matrix as changed. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ChangeCloudPhoneNodeResponse.Builder.class)
abstract class ChangeCloudPhoneNodeResponseDef {
  /** The changed matrices with their instances. */
  public abstract List<ChangedNodeInfo> nodeInfos();

  /** Id of the order the service placed for this change. */
  public abstract Optional<String> orderId();

  /** Id the service assigned to this request, for support cases. */
  public abstract Optional<String> requestId();
}
