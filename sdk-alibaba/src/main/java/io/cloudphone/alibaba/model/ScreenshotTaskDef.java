package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** The asynchronous screenshot task started for one instance by {@code CreateScreenshot}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ScreenshotTask.Builder.class)
abstract class ScreenshotTaskDef {
  /** Id of the instance being captured. */
  public abstract Optional<String> androidInstanceId();

  /** Id of the screenshot, as the request named it. */
  public abstract Optional<String> screenshotId();

  /** Id of the task; {@code DescribeTasks} reports its progress and, once done, the screenshot's download link. */
  public abstract Optional<String> taskId();
}
