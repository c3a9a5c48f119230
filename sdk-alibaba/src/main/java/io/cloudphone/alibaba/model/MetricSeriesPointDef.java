package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** One point of a metric series from {@code DescribeMetricList} (average/maximum/minimum/value, GPU id) or {@code DescribeMetricTop} (id, name, properties). */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = MetricSeriesPoint.Builder.class)
abstract class MetricSeriesPointDef {
  /** Average over the period. */
  public abstract Optional<Double> average();

  /** GPU the point refers to, for GPU metrics. */
  public abstract Optional<String> gpuId();

  /** Id of the ranked entry ({@code DescribeMetricTop}). */
  public abstract Optional<String> id();

  /** Maximum over the period. */
  public abstract Optional<Double> maximum();

  /** Minimum over the period. */
  public abstract Optional<Double> minimum();

  /** Name of the ranked entry ({@code DescribeMetricTop}). */
  public abstract Optional<String> name();

  /** Further properties of the ranked entry, as the service formats them. */
  public abstract Optional<String> properties();

  /** When the point was taken, in milliseconds since the epoch. */
  public abstract Optional<Long> timestamp();

  /** Value of the point. */
  public abstract Optional<Double> value();
}
