package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Acknowledgement of {@code DistributeImage}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DistributeImageResponse.Builder.class)
abstract class DistributeImageResponseDef {
  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();
}
