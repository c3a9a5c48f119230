package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Order and product information attached to a cloud phone or server. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = CloudPhoneMetadata.Builder.class)
abstract class CloudPhoneMetadataDef {
  /** Order id, at most 64 bytes. */
  public abstract Optional<String> orderId();

  /** Product id, at most 64 bytes. */
  public abstract Optional<String> productId();
}
