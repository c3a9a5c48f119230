package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Jobs started by {@code BatchMigrateCloudPhone}, one per source/target pair, or that pair's error. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = BatchMigrateCloudPhoneResponse.Builder.class)
abstract class BatchMigrateCloudPhoneResponseDef {
  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();

  /** One item per pair; an 11 GB phone takes roughly 3 to 5 minutes to move. */
  public abstract List<CloudPhoneMigrationJob> jobs();
}
