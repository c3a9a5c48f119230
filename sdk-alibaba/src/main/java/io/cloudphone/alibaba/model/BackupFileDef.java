package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A backup file as listed by {@code DescribeBackupFiles}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = BackupFile.Builder.class)
abstract class BackupFileDef {
  /** Id of the backup file. */
  public abstract Optional<String> backupFileId();

  /** Name of the backup file. */
  public abstract Optional<String> backupFileName();

  /** OSS folder holding the backup file. */
  public abstract Optional<String> backupFilePath();

  /** Description of the backup file. */
  public abstract Optional<String> description();

  /** State, for example {@code AVAILABLE}, {@code BACKUPING}, {@code RECOVERING}, {@code BACKUP_FAILED}. */
  public abstract Optional<String> status();

  /** Instance that was backed up. */
  public abstract Optional<String> androidInstanceId();

  /** Name of that instance. */
  public abstract Optional<String> androidInstanceName();

  /** Instance group of that instance. */
  public abstract Optional<String> instanceGroupId();

  /** Region of the backup. */
  public abstract Optional<String> regionId();

  /** Owner of the backup file. */
  public abstract Optional<String> endUserId();

  /** Whether the whole instance was backed up. */
  public abstract Optional<Boolean> backupAll();

  /** Package names of the apps backed up. */
  public abstract List<String> sourceAppInfoList();

  /** Android paths backed up. */
  public abstract List<String> sourceFilePathList();

  /** Total size of the backed-up files. */
  public abstract Optional<Long> fileSize();

  /** System version of the instance when it was backed up. */
  public abstract Optional<String> systemVersion();

  /** Task that made the backup. */
  public abstract Optional<String> taskId();

  /** OSS endpoint of the bucket holding the file. */
  public abstract Optional<String> uploadEndpoint();

  /** Storage type, {@code OSS}. */
  public abstract Optional<String> uploadType();

  /** When the backup was made, as the service formats it (for example {@code 2024-05-15 17:33:59}). */
  public abstract Optional<String> gmtCreated();

  /** When the backup file last changed, as the service formats it. */
  public abstract Optional<String> gmtModified();

  /** Sales channel of the backed-up instance. */
  public abstract Optional<String> channel();
}
