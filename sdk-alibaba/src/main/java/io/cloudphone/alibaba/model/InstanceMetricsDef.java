package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The latest monitoring data of one instance, as returned by {@code DescribeMetricLast}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = InstanceMetrics.Builder.class)
abstract class InstanceMetricsDef {
  /** Id of the instance. */
  public abstract Optional<String> androidInstanceId();

  /** One entry per requested metric. */
  public abstract List<InstanceMetric> metricModelList();
}
