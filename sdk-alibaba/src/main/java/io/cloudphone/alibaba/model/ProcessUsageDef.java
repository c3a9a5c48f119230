package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Latest CPU and memory usage of one process, reported for the process metrics. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ProcessUsage.Builder.class)
abstract class ProcessUsageDef {
  /** Process (usually package) name, for example {@code com.example.app}. */
  public abstract Optional<String> name();

  /** Ids of the processes grouped under this name. */
  public abstract List<Integer> processIds();

  /** CPU usage of the process, in percent. */
  public abstract Optional<Double> cpuUsage();

  /** Memory usage of the process. */
  public abstract Optional<Double> memoryUsage();

  /** When the usage was sampled, in milliseconds since the epoch. */
  public abstract Optional<Long> timestamp();
}
