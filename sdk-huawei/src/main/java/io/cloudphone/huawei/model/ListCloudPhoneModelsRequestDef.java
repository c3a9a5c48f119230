package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.Optional;
import org.immutables.value.Value;

/** Filter and page window for {@code ListCloudPhoneModels}; every field is optional. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ListCloudPhoneModelsRequest.Builder.class)
abstract class ListCloudPhoneModelsRequestDef {
  /** Flavor status: 1 available, 0 offline; flavors of every status when absent. */
  public abstract Optional<Integer> status();

  /** Index of the first flavor to return; 0 when absent. */
  public abstract Optional<Integer> offset();

  /** Flavors per page, 1 to 100. */
  public abstract Optional<Integer> limit();

  @Value.Check
  void check() {
    Validate.range("offset", offset(), 0, Integer.MAX_VALUE);
    Validate.range("limit", limit(), 1, 100);
  }
}
