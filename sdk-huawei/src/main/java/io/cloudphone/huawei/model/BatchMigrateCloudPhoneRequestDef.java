package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import org.immutables.value.Value;

/**
 * Source/target pairs for {@code BatchMigrateCloudPhone}, an operation dropped from Huawei's official SDK in
 * 3.1.60 that the documented API still describes.
 */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = BatchMigrateCloudPhoneRequest.Builder.class)
abstract class BatchMigrateCloudPhoneRequestDef {
  /** The moves to perform; at least one. */
  public abstract List<CloudPhoneMigration> migrateInfos();

  @Value.Check
  void check() {
    Validate.size("migrate_infos", migrateInfos(), 1, Integer.MAX_VALUE);
  }
}
