package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Acknowledgement of {@code UpdateServerName}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = UpdateServerNameResponse.Builder.class)
abstract class UpdateServerNameResponseDef {
  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();
}
