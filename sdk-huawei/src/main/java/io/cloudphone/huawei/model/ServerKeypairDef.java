package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import org.immutables.value.Value;

/** The key pair a cloud phone server should use for connections to its phones, an item of {@code UpdateKeypair}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ServerKeypair.Builder.class)
abstract class ServerKeypairDef {
  /** Cloud phone server whose key pair changes, at most 32 bytes. */
  public abstract String serverId();

  /** Name of an existing SSH key pair of the account (see the ECS key pair list or the console). */
  public abstract String keypairName();

  @Value.Check
  void check() {
    Validate.notBlank("server_id", serverId());
    Validate.maxBytes("server_id", serverId(), 32);
    Validate.notBlank("keypair_name", keypairName());
  }
}
