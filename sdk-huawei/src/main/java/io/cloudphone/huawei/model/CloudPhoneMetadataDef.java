package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Order and product information attached to a cloud phone or server. */
@Value.Immutable
@CloudPhoneStyle
@JsonSerialize(as = CloudPhoneMetadata.class)
@JsonDeserialize(as = CloudPhoneMetadata.class)
abstract class CloudPhoneMetadataDef {
  /** Order id, at most 64 bytes. */
  public abstract Optional<String> orderId();

  /** Product id, at most 64 bytes. */
  public abstract Optional<String> productId();
}
