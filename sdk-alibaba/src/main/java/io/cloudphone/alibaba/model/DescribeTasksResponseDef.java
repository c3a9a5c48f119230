package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One page of asynchronous tasks. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DescribeTasksResponse.Builder.class)
abstract class DescribeTasksResponseDef {
  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();

  /** Number of tasks matching the filters. */
  public abstract Optional<Long> totalCount();

  /** Token for the next page; absent or empty when this is the last page. */
  public abstract Optional<String> nextToken();

  /** The tasks on this page. */
  public abstract List<Task> data();
}
