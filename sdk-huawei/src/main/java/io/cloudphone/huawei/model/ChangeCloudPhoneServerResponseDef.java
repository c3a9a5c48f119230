package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** The job that swaps the server, or the reason it could not start. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ChangeCloudPhoneServerResponse.Builder.class)
abstract class ChangeCloudPhoneServerResponseDef {
  /** Unique id of this request, for support tickets and {@code ListJobs}. */
  public abstract Optional<String> requestId();

  /** Server being swapped. */
  public abstract Optional<String> serverId();

  /** Job doing the swap. */
  public abstract Optional<String> jobId();

  /** Error message, when the swap could not start. */
  public abstract Optional<String> errorMsg();

  /** Error code, when the swap could not start. */
  public abstract Optional<String> errorCode();
}
