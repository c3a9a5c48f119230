package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** The backup one instance started, as {@code BackupAndroidInstance} and {@code BackupApp} report it. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = InstanceBackupResult.Builder.class)
abstract class InstanceBackupResultDef {
  /** The instance backed up. */
  public abstract Optional<String> androidInstanceId();

  /** Id of the backup file being written. */
  public abstract Optional<String> backupFileId();

  /** Name of the backup file. */
  public abstract Optional<String> backupFileName();

  /** Id of this instance's backup task. */
  public abstract Optional<String> taskId();
}
