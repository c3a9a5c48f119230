package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A pending ticket task to poll with {@code BatchGetAcpConnectionTicket}; sent flattened as
 * {@code InstanceTasks.N.InstanceId} / {@code InstanceTasks.N.TaskId}.
 */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = ConnectionTicketTask.Builder.class)
abstract class ConnectionTicketTaskDef {
  /** Id of the instance the ticket is generated for. */
  public abstract Optional<String> instanceId();

  /** Id of the ticket task returned by an earlier call. */
  public abstract Optional<String> taskId();
}
