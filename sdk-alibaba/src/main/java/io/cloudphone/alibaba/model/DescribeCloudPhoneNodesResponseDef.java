package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One page of {@code DescribeCloudPhoneNodes}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DescribeCloudPhoneNodesResponse.Builder.class)
abstract class DescribeCloudPhoneNodesResponseDef {
  /** Page size the service applied. */
  public abstract Optional<Integer> maxResults();

  /** Token for the next page; absent or empty on the last page. */
  public abstract Optional<String> nextToken();

  /** The matrices on this page. */
  public abstract List<CloudPhoneNode> nodeModel();

  /** Id the service assigned to this request, for support cases. */
  public abstract Optional<String> requestId();

  /** Number of matrices matching the filters; arrives as a number or a string. */
  public abstract Optional<Long> totalCount();
}
