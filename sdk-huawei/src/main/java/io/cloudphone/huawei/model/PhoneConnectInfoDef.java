package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** How a client SDK reaches one cloud phone. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = PhoneConnectInfo.Builder.class)
abstract class PhoneConnectInfoDef {
  /** Phone these details belong to. */
  public abstract Optional<String> phoneId();

  /** Addresses, port and signed session ticket for the connection. */
  public abstract Optional<PhoneConnectAccess> accessInfo();
}
