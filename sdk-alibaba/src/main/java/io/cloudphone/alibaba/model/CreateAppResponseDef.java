package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** The app registered by {@code CreateApp}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = CreateAppResponse.Builder.class)
abstract class CreateAppResponseDef {
  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();

  /** Id of the new app. */
  public abstract Optional<Integer> appId();
}
