package io.cloudphone.core;

import io.cloudphone.core.internal.CloudPhoneStyle;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A physical host of phones: a Huawei cloud phone server or an Alibaba cloud phone node (matrix). */
@Value.Immutable
@CloudPhoneStyle
abstract class ServerDef {
  /** The provider that hosts the server. */
  public abstract Provider provider();

  /** The provider's id of the server. */
  public abstract String id();

  /** Its display name. */
  public abstract Optional<String> name();

  /** Its neutral status. */
  public abstract ServerStatus status();

  /** The provider's own status value, as sent. */
  public abstract String providerStatus();

  /** The flavor (Huawei server model) or instance type. */
  public abstract Optional<String> flavor();

  /** The image its phones run, when the provider says. */
  public abstract Optional<String> imageId();

  /** Its network addresses, as the provider lists them. */
  public abstract List<String> addresses();

  /** The availability zone. */
  public abstract Optional<String> zone();

  /** The region. */
  public abstract Optional<String> region();

  /** How many phones it hosts, when the provider says. */
  public abstract Optional<Integer> phoneCount();

  /**
   * The provider's tags on the server, key to value; empty when it has none or the provider returns none (Alibaba:
   * the node's {@code Tags}; Huawei: ListCloudPhoneServers returns no tags, so always empty there; read them with
   * the typed ListResourceTags).
   */
  public abstract Map<String, String> tags();

  /** When the server was created. */
  public abstract Optional<Instant> createdAt();

  /** The {@link CloudPhoneFleet} member it was read through, e.g. {@code huawei-cn-east-3}; empty outside a fleet. */
  public abstract Optional<String> member();
}
