package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.Optional;
import org.immutables.value.Value;

/** Filters and page window for {@code ListEncodeServers}; every field is optional. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ListEncodeServersRequest.Builder.class)
abstract class ListEncodeServersRequestDef {
  /** Index of the first encoding server to return; 0 when absent. */
  public abstract Optional<Integer> offset();

  /** Encoding servers per page, 1 to 100; the service defaults to 100. */
  public abstract Optional<Integer> limit();

  /** Kind of encoding server: 0 server, 1 container. */
  public abstract Optional<Integer> type();

  /** Status: 1 running, 2 abnormal, 3 restarting, 4 frozen, 5 stopped, 0/100/1014 being created. */
  public abstract Optional<Integer> status();

  /** Cloud phone server whose encoding servers are listed. */
  public abstract Optional<String> serverId();

  @Value.Check
  void check() {
    Validate.range("offset", offset(), 0, Integer.MAX_VALUE);
    Validate.range("limit", limit(), 1, 100);
  }
}
