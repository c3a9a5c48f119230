package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** The screen settings of one Android instance, as listed by {@code DescribeDisplayConfig}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = InstanceDisplayConfig.Builder.class)
abstract class InstanceDisplayConfigDef {
  /** Id of the instance these settings belong to. */
  public abstract Optional<String> androidInstanceId();

  /** Height of the resolution in pixels. */
  public abstract Optional<Integer> resolutionHeight();

  /** Width of the resolution in pixels. */
  public abstract Optional<Integer> resolutionWidth();

  /** Screen density in dots per inch, between 72 and 600. */
  public abstract Optional<Integer> dpi();

  /** Frame rate; the reference marks this value as not publicly available. */
  public abstract Optional<Integer> fps();

  /** Whether the resolution is locked: {@code on} or {@code off}. */
  public abstract Optional<String> lockResolution();
}
