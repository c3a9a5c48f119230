package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Watermark settings of a cloud phone policy. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = Watermark.Builder.class)
abstract class WatermarkDef {
  /** Whether the watermark is shown: {@code on} or {@code off}. */
  public abstract Optional<String> watermarkSwitch();

  /** What the watermark shows, for example the end user id; left out of the JSON string when empty. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<String> watermarkTypes();

  /** Custom watermark text. */
  public abstract Optional<String> watermarkCustomText();

  /** Colour of the watermark as an RGB integer. */
  public abstract Optional<Integer> watermarkColor();

  /** Font size of the watermark. */
  public abstract Optional<Integer> watermarkFontSize();

  /** Transparency of the watermark. */
  public abstract Optional<Integer> watermarkTransparencyValue();
}
