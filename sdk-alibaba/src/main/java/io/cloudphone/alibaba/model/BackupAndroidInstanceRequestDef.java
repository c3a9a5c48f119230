package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Parameters of {@code BackupAndroidInstance}, which starts a full backup (apps, data, properties) of instances to OSS, one file per instance. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = BackupAndroidInstanceRequest.Builder.class)
abstract class BackupAndroidInstanceRequestDef {
  /** Instances to back up, sent as {@code AndroidInstanceIdList.N}. */
  public abstract List<String> androidInstanceIdList();

  /** Name of the backup file. */
  public abstract Optional<String> backupFileName();

  /** OSS path to write to, {@code oss://<bucket>/<key>} (see {@code DescribeBuckets}). */
  public abstract String backupFilePath();

  /** Description of the backup. */
  public abstract Optional<String> description();

  /** OSS endpoint: the bucket's intranet endpoint in the same region, its extranet endpoint otherwise. */
  public abstract String uploadEndpoint();

  @Value.Check
  void check() {
    Validate.size("AndroidInstanceIdList", androidInstanceIdList(), 1, Integer.MAX_VALUE);
  }
}
