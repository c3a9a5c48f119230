package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One page of {@code DescribeMetricList} results. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DescribeMetricListResponse.Builder.class)
abstract class DescribeMetricListResponseDef {
  /** Id the service gave this request, for support cases. */
  public abstract Optional<String> requestId();

  /** Number of entries the service counted. */
  public abstract Optional<Integer> count();

  /** One entry per instance or matrix. */
  public abstract List<InstanceMetricSeries> metricTotalModel();

  /** Token for the next page; absent or empty on the last page. */
  public abstract Optional<String> nextToken();
}
