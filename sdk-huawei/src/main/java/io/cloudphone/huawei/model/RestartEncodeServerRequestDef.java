package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import org.immutables.value.Value;

/** Encoding servers that {@code RestartEncodeServer} restarts. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = RestartEncodeServerRequest.Builder.class)
abstract class RestartEncodeServerRequestDef {
  /** Ids of the encoding servers to restart; at least one. */
  public abstract List<String> encodeServerIds();

  @Value.Check
  void check() {
    Validate.size("encode_server_ids", encodeServerIds(), 1, Integer.MAX_VALUE);
    encodeServerIds().forEach(id -> Validate.notBlank("encode_server_ids", id));
  }
}
