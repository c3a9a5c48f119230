package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The latest data of one metric of one instance. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = InstanceMetric.Builder.class)
abstract class InstanceMetricDef {
  /** Metric name, for example {@code cpu_utilization}. */
  public abstract Optional<String> metricName();

  /** The statistics points of the metric. */
  public abstract List<MetricDataPoint> dataPoints();

  /** Per-process usage, present for the process metrics. */
  public abstract List<ProcessUsage> processLastInfos();
}
