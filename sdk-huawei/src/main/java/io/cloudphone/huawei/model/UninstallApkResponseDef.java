package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The app removal tasks started, one per phone. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = UninstallApkResponse.Builder.class)
abstract class UninstallApkResponseDef {
  /** Unique id of this request; pass it to {@code ListJobs} to follow the tasks. */
  public abstract Optional<String> requestId();

  /** One task per phone ({@code phone_id}, {@code job_id}), or that phone's error. */
  public abstract List<SubmittedJob> jobs();
}
