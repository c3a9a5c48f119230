package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** An asynchronous task and its outcome, as reported by {@code ListJobs} and {@code RunSyncCommand}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = Job.Builder.class)
abstract class JobDef {
  /** Phone the task ran on, present for phone-level tasks. */
  public abstract Optional<String> phoneId();

  /** Cloud phone server the task ran on, present for server-level tasks. */
  public abstract Optional<String> serverId();

  /** Legacy copy of the server id that Huawei has discarded; read {@link #serverId()} instead. */
  public abstract Optional<String> nodeId();

  /** Encoding server the task ran on, present for encoding-server tasks (listed by older pages only). */
  public abstract Optional<String> encodeServerId();

  /** Unique id of the task. */
  public abstract Optional<String> jobId();

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

  /** Output of the task (for example a shell command's output), at most 1,024 bytes. */
  public abstract Optional<String> executeMsg();

  /** Whether the service reported an error for this task. */
  public boolean hasError() {
    return errorCode().filter(code -> !code.isEmpty()).isPresent();
  }
}
