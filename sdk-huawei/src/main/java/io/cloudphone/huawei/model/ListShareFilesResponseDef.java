package io.cloudphone.huawei.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The listing jobs started by {@code ListShareFiles}, one per server. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ListShareFilesResponse.Builder.class)
abstract class ListShareFilesResponseDef {
  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();

  /** One job per server, or that server's own error; the finished job's {@code execute_msg} holds the listing as JSON. */
  public abstract List<SubmittedJob> jobs();
}
