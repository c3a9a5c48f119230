package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Phones to fetch connection details for, and the kind of client SDK that will connect
 * ({@code BatchShowPhoneConnectInfos}).
 */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = BatchShowPhoneConnectInfosRequest.Builder.class)
abstract class BatchShowPhoneConnectInfosRequestDef {
  private static final Set<String> CLIENT_TYPES =
      Set.of("ANDROID", "WINDOWS", "H5_MOBILE", "H5_PC", "IOS");

  /** Phones to connect to, 1 to 10 per call. */
  public abstract List<String> phoneIds();

  /**
   * Client SDK that will connect: {@code ANDROID}, {@code WINDOWS}, {@code H5_MOBILE}, {@code H5_PC} or
   * {@code IOS}.
   */
  public abstract String clientType();

  @Value.Check
  void check() {
    Validate.size("phone_ids", phoneIds(), 1, 10);
    phoneIds().forEach(id -> Validate.notBlank("phone_ids", id));
    Validate.oneOf("client_type", clientType(), CLIENT_TYPES);
  }
}
