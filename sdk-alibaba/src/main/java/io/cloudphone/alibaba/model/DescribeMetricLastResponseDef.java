package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One page of the latest monitoring data from {@code DescribeMetricLast}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DescribeMetricLastResponse.Builder.class)
abstract class DescribeMetricLastResponseDef {
  /** Id of this request, for support tickets. */
  public abstract Optional<String> requestId();

  /** Number of records returned. */
  public abstract Optional<Integer> count();

  /** Token of the next page; absent or empty on the last page. */
  public abstract Optional<String> nextToken();

  /** One entry per instance. */
  public abstract List<InstanceMetrics> metricTotalModel();
}
