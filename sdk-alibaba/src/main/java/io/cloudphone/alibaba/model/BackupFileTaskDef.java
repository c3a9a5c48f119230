package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** The backup file and task {@code BackupFile} started for one instance. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = BackupFileTask.Builder.class)
abstract class BackupFileTaskDef {
  /** Instance being backed up. */
  public abstract Optional<String> androidInstanceId();

  /** Id of the backup file, for example {@code bf-b0qbg3pbpjkn7****}. */
  public abstract Optional<String> backupFileId();

  /** Name of the backup file. */
  public abstract Optional<String> backupFileName();

  /** Per-instance task doing the backup. */
  public abstract Optional<String> taskId();
}
