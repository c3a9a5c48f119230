package io.cloudphone.core;

import io.cloudphone.core.internal.CloudPhoneStyle;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A phone: a Huawei cloud phone or an Alibaba Android instance. */
@Value.Immutable
@CloudPhoneStyle
abstract class PhoneDef {
  /** The provider that hosts the phone. */
  public abstract Provider provider();

  /** The provider's id of the phone. */
  public abstract String id();

  /** Its display name. */
  public abstract Optional<String> name();

  /** Its neutral status. */
  public abstract PhoneStatus status();

  /** The provider's own status value, as sent (e.g. {@code 2}, {@code RUNNING}). */
  public abstract String providerStatus();

  /** The flavor (Huawei phone model) or instance type. */
  public abstract Optional<String> flavor();

  /** The image the phone runs. */
  public abstract Optional<String> imageId();

  /** Its network addresses, as the provider lists them. */
  public abstract List<String> addresses();

  /** The availability zone. */
  public abstract Optional<String> zone();

  /** The region. */
  public abstract Optional<String> region();

  /** The server (Huawei server, Alibaba node) hosting the phone. */
  public abstract Optional<String> serverId();

  /** The Alibaba instance group of the phone. */
  public abstract Optional<String> instanceGroupId();

  /**
   * The provider's tags on the phone, key to value; empty when it has none or the provider returns none (Alibaba:
   * the instance's {@code Tags}; Huawei: ListCloudPhones returns no tags, so always empty there).
   */
  public abstract Map<String, String> tags();

  /** When the phone was created. */
  public abstract Optional<Instant> createdAt();

  /** The {@link CloudPhoneFleet} member it was read through, e.g. {@code huawei-cn-east-3}; empty outside a fleet. */
  public abstract Optional<String> member();
}
