package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** Filters and page window of {@code DescribeScheduledTaskExecutions}; every field is optional. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DescribeScheduledTaskExecutionsRequest.Builder.class)
abstract class DescribeScheduledTaskExecutionsRequestDef {
  /** End of the time range, in the form the service documents (for example {@code 2026-06-12T00:00:00}). */
  public abstract Optional<String> endTime();

  /** Only runs on this instance. */
  public abstract Optional<String> instanceId();

  /** Entries per page. */
  public abstract Optional<Integer> maxResults();

  /** Token from the previous page's answer; absent to start from the first entry. */
  public abstract Optional<String> nextToken();

  /** Only runs of this scheduled task. */
  public abstract Optional<String> scheduledId();

  /** Start of the time range, in the form the service documents. */
  public abstract Optional<String> startTime();

  /** Only runs in this status, for example {@code COMPLETED}. */
  public abstract Optional<String> status();
}
