package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The order placed for bare cloud phone servers, or the reason it failed. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = CreateCloudPhoneSingleServerResponse.Builder.class)
abstract class CreateCloudPhoneSingleServerResponseDef {
  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();

  /** Order id, at most 64 bytes. */
  public abstract Optional<String> orderId();

  /** Product id, at most 64 bytes. */
  public abstract Optional<String> productId();

  /** Ids of the servers being created. */
  public abstract List<String> serverIds();

  /** Error message, when the order failed. */
  public abstract Optional<String> errorMsg();

  /** Error code, when the order failed. */
  public abstract Optional<String> errorCode();
}
