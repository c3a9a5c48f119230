package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Backs up files or apps of instances to OSS ({@code BackupFile}); asynchronous. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = BackupFileRequest.Builder.class)
abstract class BackupFileRequestDef {
  /** Instances to back up; at least one. */
  public abstract List<String> androidInstanceIdList();

  /** Whether to back up the whole instance. */
  public abstract Optional<Boolean> backupAll();

  /** Name of the backup file. */
  public abstract Optional<String> backupFileName();

  /** OSS folder the backup goes to, as {@code oss://bucket/key}. */
  public abstract String backupFilePath();

  /** Description of the backup file. */
  public abstract Optional<String> description();

  /** Paths to leave out of the backup, sent as {@code ExcludeSourceFilePathList.N}. */
  public abstract List<String> excludeSourceFilePathList();

  /** Package names of apps to back up. */
  public abstract List<String> sourceAppList();

  /** Absolute Android paths to back up, for example {@code /data}. */
  public abstract List<String> sourceFilePathList();

  /** OSS endpoint; internal when the bucket is in the instance's region. */
  public abstract Optional<String> uploadEndpoint();

  /** Storage type; only {@code OSS}. */
  public abstract Optional<String> uploadType();

  @Value.Check
  void check() {
    Validate.size("AndroidInstanceIdList", androidInstanceIdList(), 1, Integer.MAX_VALUE);
  }
}
