package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The restart tasks started, one per encoding server. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = RestartEncodeServerResponse.Builder.class)
abstract class RestartEncodeServerResponseDef {
  /** Unique id of this request; pass it to {@code ListJobs} to follow the tasks. */
  public abstract Optional<String> requestId();

  /** One task per encoding server, or that server's error. */
  public abstract List<EncodeServerJob> jobs();
}
