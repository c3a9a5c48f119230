package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import org.immutables.value.Value;

/** Phones whose data is exported to OBS, for {@code BatchExportCloudPhoneData}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = BatchExportCloudPhoneDataRequest.Builder.class)
abstract class BatchExportCloudPhoneDataRequestDef {
  /** One entry per phone: what to export and where to; at least one. */
  public abstract List<CloudPhoneDataExport> storageInfos();

  @Value.Check
  void check() {
    Validate.size("storage_infos", storageInfos(), 1, Integer.MAX_VALUE);
  }
}
