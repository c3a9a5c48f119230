package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Acknowledgement of {@code UpdatePhoneName}; no job is started. */
@Value.Immutable
@CloudPhoneStyle
@JsonSerialize(as = UpdatePhoneNameResponse.class)
@JsonDeserialize(as = UpdatePhoneNameResponse.class)
abstract class UpdatePhoneNameResponseDef {
  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();
}
