package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One page of agent (JVS) instances. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DescribeJVSInstanceResponse.Builder.class)
abstract class DescribeJVSInstanceResponseDef {
  /** The agent instances on this page. */
  public abstract List<JvsInstance> data();

  /** Entries per page, as applied. */
  public abstract Optional<Integer> maxResults();

  /** Token for the next page; absent or empty when this is the last page. */
  public abstract Optional<String> nextToken();

  /** Number of instances whose agent version can be upgraded. */
  public abstract Optional<Integer> pendingUpgradeCount();

  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();

  /** Number of instances matching the filters. */
  public abstract Optional<Integer> totalCount();
}
