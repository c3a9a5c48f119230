package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The order placed by {@code CreateCloudPhoneServer} and the ids of the servers it creates. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = CreateCloudPhoneServerResponse.Builder.class)
abstract class CreateCloudPhoneServerResponseDef {
  /** Unique id of this request, at most 32 bytes. */
  public abstract Optional<String> requestId();

  /** Id of the order, at most 64 bytes. */
  public abstract Optional<String> orderId();

  /** Id of the product ordered, at most 64 bytes. */
  public abstract Optional<String> productId();

  /** Ids of the servers being created. */
  public abstract List<String> serverIds();
}
