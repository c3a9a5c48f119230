package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Parameters of {@code RecoverAndroidInstance}, which restores a full instance backup onto instances (they restart). */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = RecoverAndroidInstanceRequest.Builder.class)
abstract class RecoverAndroidInstanceRequestDef {
  /** Target instances, sent as {@code AndroidInstanceIdList.N}. */
  public abstract List<String> androidInstanceIdList();

  /** Id of the backup file to restore. */
  public abstract Optional<String> backupFileId();

  /** OSS path of the backup file, {@code oss://<bucket>/<key>}. */
  public abstract String backupFilePath();

  /** OSS endpoint of the bucket holding the backup. */
  public abstract Optional<String> uploadEndpoint();

  /** Where the backup is stored: {@code OSS}. */
  public abstract String uploadType();

  @Value.Check
  void check() {
    Validate.size("AndroidInstanceIdList", androidInstanceIdList(), 1, Integer.MAX_VALUE);
  }
}
