package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import io.cloudphone.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Requests connection tickets for instances through {@code BatchGetAcpConnectionTicket}, or polls pending ticket
 * tasks.
 */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = BatchGetAcpConnectionTicketRequest.Builder.class)
abstract class BatchGetAcpConnectionTicketRequestDef {
  /** How the client will connect to the instances. */
  public abstract Optional<String> connectionMode();

  /** User to whom the instances are assigned. */
  public abstract Optional<String> endUserId();

  /** Id of the instance group. */
  public abstract Optional<String> instanceGroupId();

  /** Ids of the instances; at most 100. */
  public abstract List<String> instanceIds();

  /** Ticket tasks returned by an earlier call, to poll until they finish. */
  public abstract List<ConnectionTicketTask> instanceTasks();

  /** Ports to get connection tickets for, sent as {@code Ports.N}. */
  public abstract List<String> ports();

  @Value.Check
  void check() {
    Validate.size("InstanceIds", instanceIds(), 0, 100);
  }
}
