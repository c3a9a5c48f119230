package io.cloudphone.alibaba.internal.neutral;

import io.cloudphone.alibaba.model.AndroidInstance;
import io.cloudphone.core.Phone;
import io.cloudphone.core.Provider;
import io.cloudphone.core.internal.LenientTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Converts an Alibaba Android instance into a neutral {@link Phone}. */
public final class AlibabaPhoneMapper {
  private AlibabaPhoneMapper() {}

  /**
   * The phone for {@code instance}; {@code nodeId} is the node it was listed under, when known.
   *
   * <p>DescribeAndroidInstances does not return the node of an instance, so {@code serverId} is filled only when
   * the caller listed by node.
   */
  public static Phone toPhone(AndroidInstance instance, Optional<String> nodeId) {
    String raw = instance.androidInstanceStatus().orElse("");
    return Phone.builder()
        .provider(Provider.ALIBABA)
        .id(instance.androidInstanceId().orElse(""))
        .name(instance.androidInstanceName())
        .status(AlibabaPhoneStatusMapper.toNeutral(raw))
        .providerStatus(raw)
        .flavor(instance.instanceType())
        .imageId(instance.imageId())
        .addresses(addresses(instance))
        .zone(instance.zoneId())
        .region(instance.regionId())
        .serverId(nodeId)
        .instanceGroupId(instance.androidInstanceGroupId())
        // Tags are the user's resource tags; BizTags are the service's own flags, so they are not mixed in.
        .tags(AlibabaTags.toMap(instance.tags()))
        // GmtCreate carries no zone ("2023-05-06 10:42:10"); it is read as UTC.
        .createdAt(instance.gmtCreate().flatMap(LenientTime::parse))
        .build();
  }

  private static List<String> addresses(AndroidInstance instance) {
    List<String> out = new ArrayList<>();
    // IPv6 fields are not public and arrive as the string "null" in Alibaba's own example.
    Stream.of(instance.networkInterfaceIp(), instance.publicIpAddress(), instance.networkInterfaceIpv6Address(),
            instance.publicIpv6Address())
        .flatMap(Optional::stream)
        .map(String::trim)
        .filter(address -> !address.isEmpty() && !address.equalsIgnoreCase("null"))
        .filter(address -> !out.contains(address))
        .forEach(out::add);
    return out;
  }
}
