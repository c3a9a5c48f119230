package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Acknowledgement of {@code DeleteApps}. */
@Value.Immutable
@CloudPhoneStyle
@JsonSerialize(as = DeleteAppsResponse.class)
@JsonDeserialize(as = DeleteAppsResponse.class)
abstract class DeleteAppsResponseDef {
  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();
}
