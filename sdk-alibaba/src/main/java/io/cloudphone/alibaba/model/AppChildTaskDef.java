package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** The task {@code InstallApp} or {@code UninstallApp} started for one app on one instance ({@code ChildTaskInfo} in the answer). */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = AppChildTask.Builder.class)
abstract class AppChildTaskDef {
  /** Id of the app. */
  public abstract Optional<String> appId();

  /** Id of the instance's task; {@code DescribeTasks} reports its progress. */
  public abstract Optional<String> childTaskId();

  /** Id of the instance. */
  public abstract Optional<String> instanceId();
}
