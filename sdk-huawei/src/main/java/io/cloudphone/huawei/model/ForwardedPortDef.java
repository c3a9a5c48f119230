package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import org.immutables.value.Value;

/** An application port on each phone that the service forwards, optionally to the internet. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ForwardedPort.Builder.class)
abstract class ForwardedPortDef {
  /** Port name, at most 16 bytes; {@code adb} and {@code vnc} are reserved. */
  public abstract String name();

  /** Port number on the phone, 10000 to 50000. */
  public abstract int listenPort();

  /** {@code "true"} (any case) to map the port to the public network; any other value keeps it private. */
  public abstract String internetAccessible();

  @Value.Check
  void check() {
    Validate.notBlank("name", name());
    Validate.maxBytes("name", name(), 16);
    if (name().equalsIgnoreCase("adb") || name().equalsIgnoreCase("vnc")) {
      throw new IllegalArgumentException("name must not be adb or vnc (reserved for system services)");
    }
    Validate.range("listen_port", listenPort(), 10000, 50000);
  }
}
