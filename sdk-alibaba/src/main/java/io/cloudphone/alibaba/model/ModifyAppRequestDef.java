package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Changes a registered app's name, description or icon ({@code ModifyApp}). */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ModifyAppRequest.Builder.class)
abstract class ModifyAppRequestDef {
  /** App to change. */
  public abstract Optional<Integer> appId();

  /** New display name. */
  public abstract Optional<String> appName();

  /** New description. */
  public abstract Optional<String> description();

  /** New icon URL. */
  public abstract Optional<String> iconUrl();
}
