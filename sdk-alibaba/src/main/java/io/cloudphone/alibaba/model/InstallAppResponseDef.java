package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The task started by {@code InstallApp}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = InstallAppResponse.Builder.class)
abstract class InstallAppResponseDef {
  /** The task started for each app on each instance. */
  public abstract List<AppChildTask> childTaskInfo();

  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();

  /** Batch task to follow with {@code DescribeTasks}. */
  public abstract Optional<String> taskId();
}
