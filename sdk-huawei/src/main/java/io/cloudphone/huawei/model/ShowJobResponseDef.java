package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** Status and outcome of one asynchronous task. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ShowJobResponse.Builder.class)
abstract class ShowJobResponseDef {
  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();

  /** Unique id of the task. */
  public abstract Optional<String> jobId();

  /** Phone the task ran on, present for phone-level tasks. */
  public abstract Optional<String> phoneId();

  /** Cloud phone server the task ran on, present for server-level tasks. */
  public abstract Optional<String> serverId();

  /** When the service started processing the task (UTC). */
  public abstract Optional<Instant> beginTime();

  /** When the service finished processing the task (UTC). */
  public abstract Optional<Instant> endTime();

  /** Task status: 1 running, 2 succeeded, -1 failed. */
  public abstract Optional<Integer> status();

  /** Error code of a failed task; absent, null or empty on success. */
  public abstract Optional<String> errorCode();

  /** Error message of a failed task. */
  public abstract Optional<String> errorMsg();

  /** Output of the task, at most 1,024 bytes. */
  public abstract Optional<String> executeMsg();

  /** Whether the service reported an error for this task. */
  public boolean hasError() {
    return errorCode().filter(code -> !code.isEmpty()).isPresent();
  }
}
