package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Filters and page window of {@code ListInstanceAdbAttributes}; every field is optional. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ListInstanceAdbAttributesRequest.Builder.class)
abstract class ListInstanceAdbAttributesRequestDef {
  /** Only mappings on this public IP address. */
  public abstract Optional<String> externalIp();

  /** Only these instances (at most 100), sent as {@code InstanceIds.N}. */
  public abstract List<String> instanceIds();

  /** Only mappings to this private IP address. */
  public abstract Optional<String> internalIp();

  /** Only mappings to this ADB port, for example {@code 5555}. */
  public abstract Optional<String> internalPort();

  /** Only mappings of this protocol, for example {@code TCP}. */
  public abstract Optional<String> ipProtocol();

  /** Entries per page, 1 to 100 (100 when absent). */
  public abstract Optional<Integer> maxResults();

  /** Token from the previous page's answer; absent to start from the first entry. */
  public abstract Optional<String> nextToken();

  @Value.Check
  void check() {
    Validate.range("MaxResults", maxResults(), 1, 100);
    Validate.size("InstanceIds", instanceIds(), 0, 100);
  }
}
