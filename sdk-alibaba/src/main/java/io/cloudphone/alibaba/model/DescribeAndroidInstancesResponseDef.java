package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One page of Android instances from {@code DescribeAndroidInstances}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DescribeAndroidInstancesResponse.Builder.class)
abstract class DescribeAndroidInstancesResponseDef {
  /** Id of this request, for support tickets. */
  public abstract Optional<String> requestId();

  /** Total number of matching instances. */
  public abstract Optional<Long> totalCount();

  /** Token of the next page; absent or empty on the last page. */
  public abstract Optional<String> nextToken();

  /** The instances on this page. */
  public abstract List<AndroidInstance> instanceModel();
}
