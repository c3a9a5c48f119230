package io.cloudphone.huawei.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The elastic IP of a bare cloud phone server: an existing one by id, or up to one new one. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = SingleServerPublicIp.Builder.class)
abstract class SingleServerPublicIpDef {
  /** Existing elastic IP to use (at most one); {@code type} and {@code count} are then ignored. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<String> ids();

  /** Line type of a new elastic IP, for example {@code 5_bgp}. */
  public abstract Optional<String> type();

  /** Number of new elastic IPs, 0 (default) or 1. */
  public abstract Optional<Integer> count();

  /** Bandwidth of the new elastic IP. */
  public abstract Optional<ServerBandwidthSpec> bandWidth();

  @Value.Check
  void check() {
    Validate.size("ids", ids(), 0, 1);
    Validate.range("count", count(), 0, 1);
  }
}
