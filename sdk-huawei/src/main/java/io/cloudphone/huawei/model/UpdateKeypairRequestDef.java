package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import org.immutables.value.Value;

/** Servers whose connection key pair {@code UpdateKeypair} changes. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = UpdateKeypairRequest.Builder.class)
abstract class UpdateKeypairRequestDef {
  /** One entry per server: the server and its new key pair; at least one. */
  public abstract List<ServerKeypair> servers();

  @Value.Check
  void check() {
    Validate.size("servers", servers(), 1, Integer.MAX_VALUE);
  }
}
