package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One page of ADB port mappings. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ListInstanceAdbAttributesResponse.Builder.class)
abstract class ListInstanceAdbAttributesResponseDef {
  /** Id the service gave this request, for support cases. */
  public abstract Optional<String> requestId();

  /** The mappings on this page. */
  public abstract List<AdbAttribute> data();

  /** Page size the service applied. */
  public abstract Optional<Integer> maxResults();

  /** Token for the next page; absent or empty on the last page. */
  public abstract Optional<String> nextToken();

  /** Number of mappings matching the filters. */
  public abstract Optional<Long> totalCount();
}
