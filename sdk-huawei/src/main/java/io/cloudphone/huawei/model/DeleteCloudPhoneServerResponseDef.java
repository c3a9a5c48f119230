package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** The job that releases the servers. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DeleteCloudPhoneServerResponse.Builder.class)
abstract class DeleteCloudPhoneServerResponseDef {
  /** Unique id of this request, for support tickets and {@code ListJobs}. */
  public abstract Optional<String> requestId();

  /** Job releasing the servers. */
  public abstract Optional<String> jobId();
}
