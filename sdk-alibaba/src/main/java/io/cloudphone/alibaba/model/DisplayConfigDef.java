package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Screen settings of an Android instance; {@code ModifyDisplayConfig} sends them as one JSON string. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DisplayConfig.Builder.class)
abstract class DisplayConfigDef {
  /** Height of the resolution in pixels. */
  public abstract Optional<Integer> resolutionHeight();

  /** Width of the resolution in pixels. */
  public abstract Optional<Integer> resolutionWidth();

  /** Screen density in dots per inch; the service accepts 72 to 600. */
  public abstract Optional<Integer> dpi();

  /** Frame rate; the reference marks this setting as not publicly available. */
  public abstract Optional<Integer> fps();

  /** Whether the resolution is locked: {@code on} or {@code off}. */
  public abstract Optional<String> lockResolution();
}
