package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** How a client SDK reaches one cloud phone. */
@Value.Immutable
@CloudPhoneStyle
@JsonSerialize(as = PhoneConnectInfo.class)
@JsonDeserialize(as = PhoneConnectInfo.class)
abstract class PhoneConnectInfoDef {
  /** Phone these details belong to. */
  public abstract Optional<String> phoneId();

  /** Addresses, port and signed session ticket for the connection. */
  public abstract Optional<PhoneConnectAccess> accessInfo();
}
