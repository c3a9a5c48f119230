package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The tasks started by {@code FetchFile}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = FetchFileResponse.Builder.class)
abstract class FetchFileResponseDef {
  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();

  /** Batch task to follow with {@code DescribeTasks}. */
  public abstract Optional<String> taskId();

  /** One task per instance. */
  public abstract List<InstanceFileTask> data();
}
