package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Parameters of {@code DowngradeAndroidInstanceGroup}: shrinks a group by deleting some of its instances. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DowngradeAndroidInstanceGroupRequest.Builder.class)
abstract class DowngradeAndroidInstanceGroupRequestDef {
  /** Ids of the instances to remove from the group. */
  public abstract List<String> androidInstanceIds();

  /** Whether the order is paid automatically; false when absent. */
  public abstract Optional<Boolean> autoPay();

  /** Id of the instance group to shrink. */
  public abstract String instanceGroupId();
}
