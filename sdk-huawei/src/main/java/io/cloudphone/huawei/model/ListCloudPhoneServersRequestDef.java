package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Filters and page window for {@code ListCloudPhoneServers}; every field is optional. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ListCloudPhoneServersRequest.Builder.class)
abstract class ListCloudPhoneServersRequestDef {
  /** Index of the first server to return; 0 when absent. */
  public abstract Optional<Integer> offset();

  /** Servers per page, 1 to 100; the service defaults to 100. */
  public abstract Optional<Integer> limit();

  /** Server name; the service matches it fuzzily. */
  public abstract Optional<String> serverName();

  /** Unique id of one server to look up. */
  public abstract Optional<String> serverId();

  /** Network type: {@code v1} system network, {@code v2} custom network. */
  public abstract Optional<String> networkVersion();

  /** Only servers whose phones have this flavor (filter of the current API). */
  public abstract Optional<String> phoneModelName();

  /** Only servers created at or after this timestamp (filter of the current API). */
  public abstract Optional<Long> createSince();

  /** Only servers created at or before this timestamp (filter of the current API). */
  public abstract Optional<Long> createUntil();

  /** Only servers in this status (see {@link PhoneServer#status()}; filter of the current API). */
  public abstract Optional<Integer> status();

  @Value.Check
  void check() {
    Validate.range("offset", offset(), 0, Integer.MAX_VALUE);
    Validate.range("limit", limit(), 1, 100);
    networkVersion().ifPresent(v -> Validate.oneOf("network_version", v, List.of("v1", "v2")));
  }
}
