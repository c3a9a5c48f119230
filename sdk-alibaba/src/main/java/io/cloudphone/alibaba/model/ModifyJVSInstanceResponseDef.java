package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** The answer to {@code ModifyJVSInstance}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ModifyJVSInstanceResponse.Builder.class)
abstract class ModifyJVSInstanceResponseDef {
  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();
}
