package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Restores a backup file onto instances ({@code RecoveryFile}); asynchronous. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = RecoveryFileRequest.Builder.class)
abstract class RecoveryFileRequestDef {
  /** Instances to restore onto; at least one. */
  public abstract List<String> androidInstanceIdList();

  /** Whether the backup covers the whole instance. */
  public abstract Optional<Boolean> backupAll();

  /** Backup file to restore. */
  public abstract Optional<String> backupFileId();

  /** OSS path of the backup file, as {@code oss://bucket/key}. */
  public abstract Optional<String> backupFilePath();

  /** OSS endpoint of the bucket holding the backup file. */
  public abstract Optional<String> uploadEndpoint();

  /** Storage type; only {@code OSS}. */
  public abstract Optional<String> uploadType();

  @Value.Check
  void check() {
    Validate.size("AndroidInstanceIdList", androidInstanceIdList(), 1, Integer.MAX_VALUE);
  }
}
