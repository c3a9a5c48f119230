package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Per-instance results of a command execution. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = DescribeInvocationsResponse.Builder.class)
abstract class DescribeInvocationsResponseDef {
  /** Unique id of this request, for support tickets. */
  public abstract Optional<String> requestId();

  /** Number of results (sent as a string). */
  public abstract Optional<Long> totalCount();

  /** One result per instance. */
  public abstract List<Invocation> data();
}
