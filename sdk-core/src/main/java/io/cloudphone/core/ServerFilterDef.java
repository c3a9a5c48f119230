package io.cloudphone.core;

import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Map;
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

  /**
   * Only servers carrying every one of these tags (key and value). Alibaba filters on the service; on Huawei a
   * non-empty map throws {@link UnsupportedByProviderException} naming the typed ListResourceInstances, which
   * filters servers by tag.
   */
  public abstract Map<String, String> tags();

  /** A filter that lets every server through. */
  public static ServerFilter all() {
    return ServerFilter.builder().build();
  }
}
