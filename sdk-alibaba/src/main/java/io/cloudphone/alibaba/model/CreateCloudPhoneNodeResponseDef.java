package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Answer of {@code CreateCloudPhoneNode}: the new matrices, their phones and the order. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = CreateCloudPhoneNodeResponse.Builder.class)
abstract class CreateCloudPhoneNodeResponseDef {
  /** The bandwidth plan bought with the matrices, if one was requested. */
  public abstract Optional<NetworkPackageOrder> networkPackageOrderModel();

  /** The new matrices with the ids of their phone instances. */
  public abstract List<CreatedNodeInfo> nodeInfos();

  /** Id of the order the service placed for this change. */
  public abstract Optional<String> orderId();

  /** Id the service assigned to this request, for support cases. */
  public abstract Optional<String> requestId();
}
