package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** One statistics point of a monitoring metric. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = MetricDataPoint.Builder.class)
abstract class MetricDataPointDef {
  /** When the point was taken, in milliseconds since the epoch. */
  public abstract Optional<Long> timestamp();

  /** Average value over the statistic period. */
  public abstract Optional<Double> average();

  /** Maximum value over the statistic period. */
  public abstract Optional<Double> maximum();

  /** Minimum value over the statistic period. */
  public abstract Optional<Double> minimum();

  /** Id of the GPU the point refers to, for GPU metrics. */
  public abstract Optional<String> gpuId();
}
