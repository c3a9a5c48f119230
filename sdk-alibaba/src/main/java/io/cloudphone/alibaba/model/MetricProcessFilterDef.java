package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A process whose metrics {@code DescribeMetricList} should return; sent as {@code ProcessInfos.N.ProcessName} and {@code ProcessInfos.N.ProcessIds.M}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = MetricProcessFilter.Builder.class)
abstract class MetricProcessFilterDef {
  /** Process ids. */
  public abstract List<Integer> processIds();

  /** Process name. */
  public abstract Optional<String> processName();
}
