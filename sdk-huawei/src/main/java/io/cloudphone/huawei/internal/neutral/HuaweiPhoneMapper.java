package io.cloudphone.huawei.internal.neutral;

import io.cloudphone.core.Phone;
import io.cloudphone.core.Provider;
import io.cloudphone.huawei.model.CloudPhone;
import io.cloudphone.huawei.model.CloudPhoneAccessInfo;
import io.cloudphone.huawei.model.ShowCloudPhoneDetailResponse;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Turns CPH cloud phones (list items and detail answers) into neutral {@link Phone}s. */
public final class HuaweiPhoneMapper {
  private final Optional<String> region;

  /** A mapper stamping phones with the client's {@code region}, when one was configured. */
  public HuaweiPhoneMapper(Optional<String> region) {
    this.region = region;
  }

  /** Maps a {@code ListCloudPhones} item; it must carry a phone id. */
  public Phone toPhone(CloudPhone phone) {
    return Phone.builder()
        .provider(Provider.HUAWEI)
        .id(phone.phoneId().orElseThrow(() -> new IllegalArgumentException("a listed phone has no phone_id")))
        .name(phone.phoneName())
        .status(HuaweiPhoneStatusMapper.toNeutral(phone.status().orElse(null)))
        .providerStatus(raw(phone.status()))
        .flavor(phone.phoneModelName())
        .imageId(phone.imageId())
        .zone(phone.availabilityZone())
        .region(region)
        .serverId(phone.serverId())
        .createdAt(phone.createTime())
        .build();
  }

  /** Maps a {@code ShowCloudPhoneDetail} answer, falling back to {@code requestedId} when it names no phone. */
  public Phone toPhone(ShowCloudPhoneDetailResponse detail, String requestedId) {
    return Phone.builder()
        .provider(Provider.HUAWEI)
        .id(detail.phoneId().orElse(requestedId))
        .name(detail.phoneName())
        .status(HuaweiPhoneStatusMapper.toNeutral(detail.status().orElse(null)))
        .providerStatus(raw(detail.status()))
        .flavor(detail.phoneModelName())
        .imageId(detail.imageId())
        .addAllAddresses(addresses(detail.accessInfos()))
        .zone(detail.availabilityZone())
        .region(region)
        .serverId(detail.serverId())
        .createdAt(detail.createTime())
        .build();
  }

  /** The phone's own, its server's private and public addresses (IPv4 then IPv6), each once. */
  static List<String> addresses(List<CloudPhoneAccessInfo> accessInfos) {
    Set<String> addresses = new LinkedHashSet<>();
    for (CloudPhoneAccessInfo info : accessInfos) {
      // The expired device_ip/intranet_ip/access_ip fields stand in when an older answer lacks the new names.
      Stream.of(info.phoneIp().or(info::deviceIp), info.serverIp().or(info::intranetIp),
              info.publicIp().or(info::accessIp), info.phoneIpv6(), info.serverIpv6())
          .flatMap(Optional::stream)
          .filter(address -> !address.isBlank())
          .forEach(addresses::add);
    }
    return List.copyOf(addresses);
  }

  /** The raw status code as text; empty when the answer had none. */
  static String raw(Optional<Integer> status) {
    return status.map(String::valueOf).orElse("");
  }
}
