package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The points of one metric (optionally of one process). */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = MetricSeries.Builder.class)
abstract class MetricSeriesDef {
  /** The points. */
  public abstract List<MetricSeriesPoint> dataPoints();

  /** Metric name, for example {@code cpu_utilization}. */
  public abstract Optional<String> metricName();

  /** Process the series belongs to, for the process metrics. */
  public abstract Optional<String> processName();
}
