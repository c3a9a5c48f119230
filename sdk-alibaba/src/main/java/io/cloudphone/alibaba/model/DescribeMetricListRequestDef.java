package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Parameters of {@code DescribeMetricList}, which reads metric time series of instances or matrices; all travel in the form body. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DescribeMetricListRequest.Builder.class)
abstract class DescribeMetricListRequestDef {
  /** Instances to report on (instance-level metrics), sent in the form body as {@code AndroidInstanceIds.N}. */
  public abstract List<String> androidInstanceIds();

  /** End of the time range, as the service accepts it. */
  public abstract Optional<String> endTime();

  /** Matrices to report on (matrix-level metrics), sent in the form body as {@code InstanceIds.N}. */
  public abstract List<String> instanceIds();

  /** Entries per page; the API types it as a string. */
  public abstract Optional<String> length();

  /** Metrics to read, for example {@code cpu_utilization} or {@code bandwidth_package_usage_in}. */
  public abstract List<String> metricNames();

  /** Token from the previous page's answer; absent to start from the first entry. */
  public abstract Optional<String> nextToken();

  /** Statistics period in seconds. */
  public abstract Optional<Integer> period();

  /** Processes to report on, for the process metrics. */
  public abstract List<MetricProcessFilter> processInfos();

  /** Start of the time range, as the service accepts it. */
  public abstract Optional<String> startTime();

  @Value.Check
  void check() {
    Validate.size("MetricNames", metricNames(), 1, Integer.MAX_VALUE);
  }
}
