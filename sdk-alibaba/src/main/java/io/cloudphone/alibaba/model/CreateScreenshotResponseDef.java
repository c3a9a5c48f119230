package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The screenshot tasks started by {@code CreateScreenshot}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = CreateScreenshotResponse.Builder.class)
abstract class CreateScreenshotResponseDef {
  /** Id of this request, for support tickets. */
  public abstract Optional<String> requestId();

  /** One task per instance. */
  public abstract List<ScreenshotTask> tasks();
}
