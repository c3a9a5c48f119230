package io.cloudphone.core;

import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Which servers to list; every criterion is optional. */
@Value.Immutable
@CloudPhoneStyle
abstract class ServerFilterDef {
  /** Only servers whose name matches (the provider's own matching). */
  public abstract Optional<String> name();

  /** Only servers in this neutral status. */
  public abstract Optional<ServerStatus> status();

  /** A filter that lets every server through. */
  public static ServerFilter all() {
    return ServerFilter.builder().build();
  }
}
