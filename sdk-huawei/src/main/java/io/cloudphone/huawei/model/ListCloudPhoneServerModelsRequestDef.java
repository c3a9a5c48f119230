package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Optional product filter for {@code ListCloudPhoneServerModels}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ListCloudPhoneServerModelsRequest.Builder.class)
abstract class ListCloudPhoneServerModelsRequestDef {
  /** Product type: 0 cloud phone, 1 cloud mobile gaming; all flavors when absent. */
  public abstract Optional<Integer> productType();

  @Value.Check
  void check() {
    productType().ifPresent(type -> Validate.oneOf("product_type", type, List.of(0, 1)));
  }
}
