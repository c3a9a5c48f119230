package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** New screen settings for instances, set through {@code ModifyDisplayConfig}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ModifyDisplayConfigRequest.Builder.class)
abstract class ModifyDisplayConfigRequestDef {
  /** Ids of the instances. */
  public abstract List<String> androidInstanceIds();

  /** The settings to apply; sent as one JSON string. */
  public abstract Optional<DisplayConfig> displayConfig();

  @Value.Check
  void check() {
    displayConfig().ifPresent(c -> Validate.range("DisplayConfig.Dpi", c.dpi(), 72, 600));
  }
}
