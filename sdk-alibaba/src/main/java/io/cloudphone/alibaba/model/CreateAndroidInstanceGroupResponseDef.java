package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Answer of {@code CreateAndroidInstanceGroup}: the new groups, their instances and the order. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = CreateAndroidInstanceGroupResponse.Builder.class)
abstract class CreateAndroidInstanceGroupResponseDef {
  /** Ids of the new instance groups. */
  public abstract List<String> instanceGroupIds();

  /** The new groups with the ids of their instances. */
  public abstract List<CreatedInstanceGroupInfo> instanceGroupInfos();

  /** The order for the bandwidth plan bought with the groups, when {@code NetworkInfo} asked for one. */
  public abstract Optional<NetworkPackageOrder> networkPackageOrderModel();

  /** Id of the order the service placed for this change. */
  public abstract Optional<String> orderId();

  /** Id the service assigned to this request, for support cases. */
  public abstract Optional<String> requestId();
}
