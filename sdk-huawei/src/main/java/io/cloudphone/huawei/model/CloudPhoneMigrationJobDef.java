package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One item of {@code BatchMigrateCloudPhone}'s {@code jobs} array: the job started for a source/target pair, or
 * that pair's own error. The call answers HTTP 200 even when some pairs fail, so check {@link #hasError()}.
 */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = CloudPhoneMigrationJob.Builder.class)
abstract class CloudPhoneMigrationJobDef {
  /** Id of the source phone of this pair. */
  public abstract Optional<String> sourcePhoneId();

  /** Id of the target phone of this pair. */
  public abstract Optional<String> targetPhoneId();

  /** Id of the started migration job; absent when this pair failed. */
  public abstract Optional<String> jobId();

  /** Error code of this pair, when it failed, for example {@code CPS.0232}. */
  public abstract Optional<String> errorCode();

  /** Error message of this pair, when it failed. */
  public abstract Optional<String> errorMsg();

  /** Whether the service reported an error for this pair. */
  public boolean hasError() {
    return errorCode().filter(code -> !code.isEmpty()).isPresent();
  }
}
