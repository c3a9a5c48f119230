package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Jobs started by {@code ResetCloudPhone}, one per phone, or that phone's error. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ResetCloudPhoneResponse.Builder.class)
abstract class ResetCloudPhoneResponseDef {
  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();

  /** One item per phone: the started job, or the error that phone met; follow the jobs with {@code ShowJob}. */
  public abstract List<SubmittedJob> jobs();
}
