package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.Optional;
import org.immutables.value.Value;

/** Page window for {@code ListCloudPhoneServerModelOfferings}; every field is optional. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ListCloudPhoneServerModelOfferingsRequest.Builder.class)
abstract class ListCloudPhoneServerModelOfferingsRequestDef {
  /** Marker from the previous page's {@code page_info.next_marker}; absent for the first page. */
  public abstract Optional<String> marker();

  /** Offerings per page, 1 to 1,000; the service defaults to 100. */
  public abstract Optional<Integer> limit();

  @Value.Check
  void check() {
    Validate.range("limit", limit(), 1, 1000);
  }
}
