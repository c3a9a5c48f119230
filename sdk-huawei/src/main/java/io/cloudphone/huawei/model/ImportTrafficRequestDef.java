package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import org.immutables.value.Value;

/** The route to give the phones' traffic and the phones, for {@code ImportTraffic}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ImportTrafficRequest.Builder.class)
abstract class ImportTrafficRequestDef {
  /** Route: {@code direct} for the default route, {@code routing} to send traffic through the encoding container. */
  public abstract String trafficType();

  /** Ids of the phones to reroute, 1 to 100. */
  public abstract List<String> phoneIds();

  @Value.Check
  void check() {
    Validate.oneOf("traffic_type", trafficType(), List.of("direct", "routing"));
    Validate.size("phone_ids", phoneIds(), 1, 100);
    phoneIds().forEach(id -> Validate.notBlank("phone_ids", id));
  }
}
