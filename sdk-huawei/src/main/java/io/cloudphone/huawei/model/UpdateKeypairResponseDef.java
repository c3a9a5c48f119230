package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The key pair change tasks started, one per server. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = UpdateKeypairResponse.Builder.class)
abstract class UpdateKeypairResponseDef {
  /** Unique id of this request; pass it to {@code ListJobs} to follow the tasks. */
  public abstract Optional<String> requestId();

  /** One task per server ({@code server_id}, {@code job_id}), or that server's error. */
  public abstract List<SubmittedJob> jobs();
}
