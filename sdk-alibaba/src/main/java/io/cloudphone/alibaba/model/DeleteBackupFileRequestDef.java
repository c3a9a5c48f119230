package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import org.immutables.value.Value;

/** Deletes backup files ({@code DeleteBackupFile}). */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DeleteBackupFileRequest.Builder.class)
abstract class DeleteBackupFileRequestDef {
  /** Backup files to delete; at least one. */
  public abstract List<String> backupFileIdList();

  @Value.Check
  void check() {
    Validate.size("BackupFileIdList", backupFileIdList(), 1, Integer.MAX_VALUE);
  }
}
