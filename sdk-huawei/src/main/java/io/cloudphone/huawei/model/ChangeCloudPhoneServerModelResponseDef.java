package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** The order placed by {@code ChangeCloudPhoneServerModel}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ChangeCloudPhoneServerModelResponse.Builder.class)
abstract class ChangeCloudPhoneServerModelResponseDef {
  /** Unique id of this request, at most 32 bytes. */
  public abstract Optional<String> requestId();

  /** Id of the change order, at most 64 bytes. */
  public abstract Optional<String> orderId();

  /** Id of the product ordered, at most 64 bytes. */
  public abstract Optional<String> productId();
}
