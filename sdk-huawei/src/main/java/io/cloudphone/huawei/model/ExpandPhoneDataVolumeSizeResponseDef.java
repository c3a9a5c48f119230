package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The expansion jobs started, one per phone, each possibly carrying its own error. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ExpandPhoneDataVolumeSizeResponse.Builder.class)
abstract class ExpandPhoneDataVolumeSizeResponseDef {
  /** Unique id of this request, for support tickets and {@code ListJobs}. */
  public abstract Optional<String> requestId();

  /** One job (or error) per phone. */
  public abstract List<SubmittedJob> jobs();
}
