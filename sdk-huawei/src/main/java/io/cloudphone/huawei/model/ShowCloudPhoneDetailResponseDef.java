package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Everything Huawei reports about one cloud phone: placement, image, access ports, disk and properties. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ShowCloudPhoneDetailResponse.Builder.class)
abstract class ShowCloudPhoneDetailResponseDef {
  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();

  /** Cloud phone name, at most 65 bytes. */
  public abstract Optional<String> phoneName();

  /** Cloud phone server hosting this phone, at most 32 bytes. */
  public abstract Optional<String> serverId();

  /** Unique id of the phone, at most 32 bytes. */
  public abstract Optional<String> phoneId();

  /** Image the phone runs, at most 32 bytes. */
  public abstract Optional<String> imageId();

  /** Version of the image, for example {@code AOSP 7.0} (current API only). */
  public abstract Optional<String> imageVersion();

  /** Whether VNC login is enabled, as the string {@code "true"} or {@code "false"}; Huawei marks it expired. */
  public abstract Optional<String> vncEnable();

  /** Phone flavor, at most 64 bytes. */
  public abstract Optional<String> phoneModelName();

  /** Status code: 1 creating, 2 running, 3 resetting, 4 restarting, 6 frozen, 7 stopping, 8 stopped, negative on failure. */
  public abstract Optional<Integer> status();

  /** Ports a program inside the phone listens on and how they are reached from outside. */
  public abstract List<CloudPhoneAccessInfo> accessInfos();

  /** Phone properties as one JSON object encoded in a string, at most 2,048 bytes. */
  public abstract Optional<String> property();

  /** Order and product of the phone. */
  public abstract Optional<CloudPhoneMetadata> metadata();

  /** Data disk of the phone (current API only). */
  public abstract Optional<CloudPhoneDataVolume> phoneDataVolume();

  /** IMEI of the phone; the service may send it as a JSON number, which is read as text. */
  public abstract Optional<String> imei();

  /** Phone type: 0 common, 1 trial. */
  public abstract Optional<Integer> type();

  /** Traffic route: {@code direct} (default route) or {@code routing} (through the encoding container). */
  public abstract Optional<String> trafficType();

  /** Whether the phone has its own physical disk: 0 shared, 1 independent. */
  public abstract Optional<Integer> volumeMode();

  /** Availability zone of the phone's server, for example {@code cn-east-3a}. */
  public abstract Optional<String> availabilityZone();

  /** Whether file-level encryption is enabled on the phone. */
  public abstract Optional<Boolean> hasEncrypt();

  /** When the phone was created. */
  public abstract Optional<Instant> createTime();

  /** When the phone was last updated. */
  public abstract Optional<Instant> updateTime();
}
