package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Answer of {@code BackupApp}: one backup task per instance. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = BackupAppResponse.Builder.class)
abstract class BackupAppResponseDef {
  /** Id the service gave this request, for support cases. */
  public abstract Optional<String> requestId();

  /** Number of entries in {@code Data}. */
  public abstract Optional<Long> count();

  /** One entry per instance. */
  public abstract List<InstanceBackupResult> data();

  /** Id of the overall task. */
  public abstract Optional<String> taskId();
}
