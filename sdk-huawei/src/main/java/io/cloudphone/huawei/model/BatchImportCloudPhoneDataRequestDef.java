package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import org.immutables.value.Value;

/** Phones onto which data exported to OBS is restored, for {@code BatchImportCloudPhoneData}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = BatchImportCloudPhoneDataRequest.Builder.class)
abstract class BatchImportCloudPhoneDataRequestDef {
  /** One entry per phone: which OBS object to restore onto it; at least one. */
  public abstract List<CloudPhoneDataImport> restoreInfos();

  @Value.Check
  void check() {
    Validate.size("restore_infos", restoreInfos(), 1, Integer.MAX_VALUE);
  }
}
