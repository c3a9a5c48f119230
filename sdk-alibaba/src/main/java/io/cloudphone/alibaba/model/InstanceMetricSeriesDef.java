package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The metric series of one instance or matrix. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = InstanceMetricSeries.Builder.class)
abstract class InstanceMetricSeriesDef {
  /** The instance, for instance-level metrics. */
  public abstract Optional<String> androidInstanceId();

  /** The matrix, for matrix-level metrics. */
  public abstract Optional<String> instanceId();

  /** One series per metric. */
  public abstract List<MetricSeries> metricModelList();
}
