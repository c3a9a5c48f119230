package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One page of {@code DescribeAndroidInstanceGroups}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DescribeAndroidInstanceGroupsResponse.Builder.class)
abstract class DescribeAndroidInstanceGroupsResponseDef {
  /** The instance groups on this page. */
  public abstract List<AndroidInstanceGroup> instanceGroupModel();

  /** Token for the next page; absent or empty on the last page. */
  public abstract Optional<String> nextToken();

  /** Id the service assigned to this request, for support cases. */
  public abstract Optional<String> requestId();

  /** Number of groups matching the filters; arrives as a number or a string. */
  public abstract Optional<Long> totalCount();
}
