package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import org.immutables.value.Value;

/** Names the task whose status {@code ShowJob} reads. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ShowJobRequest.Builder.class)
abstract class ShowJobRequestDef {
  /** Id of the task, as returned in the {@code jobs} of the call that started it. */
  public abstract String jobId();

  @Value.Check
  void check() {
    Validate.notBlank("job_id", jobId());
  }
}
