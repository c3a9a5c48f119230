package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Filters and page window for {@code DescribeTasks}; every field is optional. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DescribeTasksRequest.Builder.class)
abstract class DescribeTasksRequestDef {
  /** Only tasks of this cloud phone instance. */
  public abstract Optional<String> instanceId();

  /** Only tasks of instances with this name. */
  public abstract Optional<String> instanceName();

  /** Only tasks started by this call: the request id the starting operation returned. */
  public abstract Optional<String> invokeId();

  /** Task level: 1 for batch tasks, 2 for per-instance tasks. */
  public abstract Optional<Integer> level();

  /** Entries per page, 1 to 100; the service defaults to 10. */
  public abstract Optional<Integer> maxResults();

  /** Token from the previous page's answer; absent to start from the first entry. */
  public abstract Optional<String> nextToken();

  /** Extension filter the service reserves. */
  public abstract Optional<String> param();

  /** Only the per-instance children of this batch task. */
  public abstract Optional<String> parentTaskId();

  /** Only tasks on these resources (instance ids for start, stop, restart and reset). */
  public abstract List<String> resourceIds();

  /** Only these tasks. */
  public abstract List<String> taskIds();

  /** Only tasks in this state, for example {@code Processing}, {@code Finished}, {@code Failed}. */
  public abstract Optional<String> taskStatus();

  /** Only tasks in any of these states. */
  public abstract List<String> taskStatuses();

  /** Only tasks of this type, for example {@code InstallApp}, {@code RunCommand}, {@code BackupFile}. */
  public abstract Optional<String> taskType();

  /** Only tasks of any of these types. */
  public abstract List<String> taskTypes();

  @Value.Check
  void check() {
    Validate.range("MaxResults", maxResults(), 1, 100);
  }
}
