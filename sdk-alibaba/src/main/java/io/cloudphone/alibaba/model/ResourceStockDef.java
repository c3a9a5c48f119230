package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Stock of an instance specification in one zone. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ResourceStock.Builder.class)
abstract class ResourceStockDef {
  /** Region of the stock. */
  public abstract Optional<String> regionId();

  /** Zone of the stock. */
  public abstract Optional<String> zoneId();

  /** Whether instances can be bought, for example {@code Available}. */
  public abstract Optional<String> stockStatus();
}
