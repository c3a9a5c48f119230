package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The backups started by {@code BackupFile}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = BackupFileResponse.Builder.class)
abstract class BackupFileResponseDef {
  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();

  /** Batch task to follow with {@code DescribeTasks}. */
  public abstract Optional<String> taskId();

  /** Number of instances being backed up. */
  public abstract Optional<Long> count();

  /** One entry per instance: its backup file and task. */
  public abstract List<BackupFileTask> data();
}
