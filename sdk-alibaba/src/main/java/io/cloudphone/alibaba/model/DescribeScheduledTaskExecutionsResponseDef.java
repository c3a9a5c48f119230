package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One page of scheduled task runs. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DescribeScheduledTaskExecutionsResponse.Builder.class)
abstract class DescribeScheduledTaskExecutionsResponseDef {
  /** Status code of the call as the service reports it, for example {@code 200}. */
  public abstract Optional<String> code();

  /** The runs on this page. */
  public abstract List<ScheduledTaskExecution> executions();

  /** Entries per page, as applied. */
  public abstract Optional<Integer> maxResults();

  /** Message of the call as the service reports it, for example {@code Success.}. */
  public abstract Optional<String> message();

  /** Token for the next page; absent or empty when this is the last page. */
  public abstract Optional<String> nextToken();

  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();

  /** Number of runs matching the filters. */
  public abstract Optional<Integer> totalCount();
}
