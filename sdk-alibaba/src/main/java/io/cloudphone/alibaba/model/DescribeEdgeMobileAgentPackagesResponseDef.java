package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One page of edge agent packages. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DescribeEdgeMobileAgentPackagesResponse.Builder.class)
abstract class DescribeEdgeMobileAgentPackagesResponseDef {
  /** Entries on this page. */
  public abstract Optional<Integer> maxResults();

  /** Token for the next page; absent or empty when this is the last page. */
  public abstract Optional<String> nextToken();

  /** The packages on this page. */
  public abstract List<EdgeAgentPackage> packages();

  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();

  /** Number of packages matching the filters. */
  public abstract Optional<Integer> totalCount();
}
