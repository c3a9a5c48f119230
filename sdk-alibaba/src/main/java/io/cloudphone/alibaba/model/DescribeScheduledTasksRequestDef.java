package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Filters and page window of {@code DescribeScheduledTasks}; every field is optional.
 *
 * <p>The operation pages two ways at once: by {@code NextToken}/{@code MaxResults} and by {@code
 * PageNumber}/{@code PageSize}. Both are exposed; the SDK's paged variant follows NextToken.
 */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DescribeScheduledTasksRequest.Builder.class)
abstract class DescribeScheduledTasksRequestDef {
  /** Only tasks on these instances. */
  public abstract List<String> instanceIds();

  /** Entries per NextToken page. */
  public abstract Optional<Integer> maxResults();

  /** Token from the previous page's answer; absent to start from the first entry. */
  public abstract Optional<String> nextToken();

  /** Page number for page-number paging, from 1. */
  public abstract Optional<Integer> pageNumber();

  /** Entries per page for page-number paging. */
  public abstract Optional<Integer> pageSize();

  /** Only these scheduled tasks. */
  public abstract List<String> scheduledIds();

  /** Only tasks in this status: {@code ACTIVE} or {@code DISABLED}. */
  public abstract Optional<String> status();

  /** Only tasks with this name. */
  public abstract Optional<String> taskName();

  @Value.Check
  void check() {
    Validate.range("PageNumber", pageNumber(), 1, Integer.MAX_VALUE);
  }
}
