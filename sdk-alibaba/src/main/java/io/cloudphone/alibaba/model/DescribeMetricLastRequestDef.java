package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Metrics, instances, period and page window for {@code DescribeMetricLast}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DescribeMetricLastRequest.Builder.class)
abstract class DescribeMetricLastRequestDef {
  /** Metrics to read, for example {@code cpu_utilization} or {@code memory_used_utilization}; at least one. */
  public abstract List<String> metricNames();

  /** Ids of the instances to read the metrics of. */
  public abstract List<String> androidInstanceIds();

  /** Statistic period in seconds, for example 60, 900 or 3600. */
  public abstract Optional<Integer> period();

  /** Start of the time range, for example {@code 2019-01-31 10:00:00}. */
  public abstract Optional<String> startTime();

  /** End of the time range, for example {@code 2019-01-31 11:00:00}. */
  public abstract Optional<String> endTime();

  /** Records per page, sent as text; the service defaults to 1000. */
  public abstract Optional<String> length();

  /** Token from the previous page; absent for the first page. */
  public abstract Optional<String> nextToken();

  /** Instances to read, sent in the query as {@code InstanceIds.N} (unlike {@code AndroidInstanceIds}: form body). */
  public abstract List<String> instanceIds();

  @Value.Check
  void check() {
    if (metricNames().isEmpty()) {
      throw new IllegalArgumentException("MetricNames must hold at least one metric name");
    }
  }
}
