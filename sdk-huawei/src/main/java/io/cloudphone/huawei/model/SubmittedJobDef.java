package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One item of a batch call's {@code jobs} array: the job started for a phone or server, or that item's own
 * error. Huawei answers a batch with HTTP 200 even when some items fail, so check {@link #hasError()}.
 */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = SubmittedJob.Builder.class)
abstract class SubmittedJobDef {
  /** Phone the job runs on, for phone-level jobs. */
  public abstract Optional<String> phoneId();

  /** Server the job runs on, for server-level jobs. */
  public abstract Optional<String> serverId();

  /** Id of the started job; absent when this item failed. */
  public abstract Optional<String> jobId();

  /** Error code of this item, when it failed. */
  public abstract Optional<String> errorCode();

  /** Error message of this item, when it failed. */
  public abstract Optional<String> errorMsg();

  /** Whether the service reported an error for this item. */
  public boolean hasError() {
    return errorCode().filter(code -> !code.isEmpty()).isPresent();
  }
}
