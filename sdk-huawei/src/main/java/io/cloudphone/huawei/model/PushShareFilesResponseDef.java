package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The push jobs started by {@code PushShareFiles}, one per server. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = PushShareFilesResponse.Builder.class)
abstract class PushShareFilesResponseDef {
  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();

  /** One job per server, or that server's own error; poll the jobs with {@code ShowJob}. */
  public abstract List<SubmittedJob> jobs();
}
