package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Parameters of {@code BackupApp}, which starts a backup of selected apps (package, data and cache) on instances. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = BackupAppRequest.Builder.class)
abstract class BackupAppRequestDef {
  /** Instances to back up, sent as {@code AndroidInstanceIdList.N}. */
  public abstract List<String> androidInstanceIdList();

  /** Name of the backup file. */
  public abstract Optional<String> backupFileName();

  /** OSS folder to write to, {@code oss://<bucket>/<key>} (see {@code DescribeBuckets}). */
  public abstract String backupFilePath();

  /** Description of the backup. */
  public abstract Optional<String> description();

  /** Package names of the apps to back up (at least one), sent as {@code SourceAppList.N}. */
  public abstract List<String> sourceAppList();

  /** OSS endpoint: the bucket's intranet endpoint in the same region, its extranet endpoint otherwise. */
  public abstract String uploadEndpoint();

  @Value.Check
  void check() {
    Validate.size("AndroidInstanceIdList", androidInstanceIdList(), 1, Integer.MAX_VALUE);
    Validate.size("SourceAppList", sourceAppList(), 1, Integer.MAX_VALUE);
  }
}
