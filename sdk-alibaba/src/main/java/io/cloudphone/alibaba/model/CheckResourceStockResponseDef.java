package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Answer of {@code CheckResourceStock}: stock per zone. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = CheckResourceStockResponse.Builder.class)
abstract class CheckResourceStockResponseDef {
  /** Id the service assigned to this request, for support cases. */
  public abstract Optional<String> requestId();

  /** Stock of the specification per region and zone. */
  public abstract List<ResourceStock> resourceStockModels();
}
