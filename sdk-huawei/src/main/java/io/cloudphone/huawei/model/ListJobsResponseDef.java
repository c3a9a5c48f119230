package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One page of the tasks started by the given requests. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ListJobsResponse.Builder.class)
abstract class ListJobsResponseDef {
  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();

  /** The tasks on this page, each with its own status and error. */
  public abstract List<Job> jobs();
}
