package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The mount jobs started, one per server. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = AttachShareFilesystemResponse.Builder.class)
abstract class AttachShareFilesystemResponseDef {
  /** Unique id of this request, for support tickets and {@code ListJobs}. */
  public abstract Optional<String> requestId();

  /** One job (or error) per server. */
  public abstract List<SubmittedJob> jobs();
}
