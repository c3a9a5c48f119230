package io.cloudphone.core;

import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Which phones to list; every criterion is optional and they combine with AND. */
@Value.Immutable
@CloudPhoneStyle
abstract class PhoneFilterDef {
  /** Only phones on this server (Huawei server, Alibaba node). */
  public abstract Optional<String> serverId();

  /** Only phones in this neutral status. */
  public abstract Optional<PhoneStatus> status();

  /** Only phones whose name matches (the provider's own matching: fuzzy on Huawei, exact or prefix on Alibaba). */
  public abstract Optional<String> name();

  /** Only phones in this Alibaba instance group. */
  public abstract Optional<String> instanceGroupId();

  /**
   * Only phones carrying every one of these tags (key and value). Alibaba filters on the service; Huawei cannot
   * filter phones by tag, so a non-empty map there throws {@link UnsupportedByProviderException}.
   */
  public abstract Map<String, String> tags();

  /** A filter that lets every phone through. */
  public static PhoneFilter all() {
    return PhoneFilter.builder().build();
  }
}
