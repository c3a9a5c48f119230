package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** A cloud phone as listed by {@code ListCloudPhones}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = CloudPhone.Builder.class)
abstract class CloudPhoneDef {
  /** Cloud phone name, at most 65 bytes. */
  public abstract Optional<String> phoneName();

  /** Cloud phone server hosting this phone. */
  public abstract Optional<String> serverId();

  /** Unique id of the phone. */
  public abstract Optional<String> phoneId();

  /** Phone flavor, for example {@code AOSP-1U4G15G-001}. */
  public abstract Optional<String> phoneModelName();

  /** Image the phone runs. */
  public abstract Optional<String> imageId();

  /** Whether VNC login is enabled; the service sends the string {@code "true"} or {@code "false"}. */
  public abstract Optional<String> vncEnable();

  /** Order and product of the phone. */
  public abstract Optional<CloudPhoneMetadata> metadata();

  /** Status code: 0/1 creating, 2 running, 3 resetting, 4 restarting, 6 frozen, 7 stopping, 8 stopped, negative on failure. */
  public abstract Optional<Integer> status();

  /** Phone type: 0 common, 1 trial. */
  public abstract Optional<Integer> type();

  /** Availability zone of the phone. */
  public abstract Optional<String> availabilityZone();

  /** Version of the image the phone runs, for example {@code AOSP 7.0} (current API only). */
  public abstract Optional<String> imageVersion();

  /** IMEI of the phone; some answers send it as a JSON number, which is read as text. */
  public abstract Optional<String> imei();

  /** Traffic route: {@code direct} (default route) or {@code routing} (through the encoding container). */
  public abstract Optional<String> trafficType();

  /** Whether the phone has its own physical disk: 0 shared, 1 independent. */
  public abstract Optional<Integer> volumeMode();

  /** Whether file-level encryption is enabled on the phone. */
  public abstract Optional<Boolean> hasEncrypt();

  /** When the phone was created. */
  public abstract Optional<Instant> createTime();

  /** When the phone was last updated. */
  public abstract Optional<Instant> updateTime();
}
