package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import org.immutables.value.Value;

/** Names the task whose status {@code ShowJob} reads. */
@Value.Immutable
@CloudPhoneStyle
@JsonSerialize(as = ShowJobRequest.class)
@JsonDeserialize(as = ShowJobRequest.class)
abstract class ShowJobRequestDef {
  /** Id of the task, as returned in the {@code jobs} of the call that started it. */
  public abstract String jobId();

  @Value.Check
  void check() {
    Validate.notBlank("job_id", jobId());
  }
}
