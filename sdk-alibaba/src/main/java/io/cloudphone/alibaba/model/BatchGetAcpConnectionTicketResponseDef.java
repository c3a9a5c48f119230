package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Connection tickets, or the tasks still generating them, from {@code BatchGetAcpConnectionTicket}. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = BatchGetAcpConnectionTicketResponse.Builder.class)
abstract class BatchGetAcpConnectionTicketResponseDef {
  /** One entry per instance: its ticket or its pending task. */
  public abstract List<InstanceConnectionTicket> instanceConnectionModels();

  /** Id of this request, for support tickets. */
  public abstract Optional<String> requestId();
}
