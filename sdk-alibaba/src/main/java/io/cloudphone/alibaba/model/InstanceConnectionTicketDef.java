package io.cloudphone.alibaba.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.cloudphone.core.internal.CloudPhoneStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** The connection ticket of one instance, or the task still generating it. */
@Value.Immutable
@CloudPhoneStyle
@JsonDeserialize(builder = InstanceConnectionTicket.Builder.class)
abstract class InstanceConnectionTicketDef {
  /** Id of the delivery group of the instance. */
  public abstract Optional<String> appInstanceGroupId();

  /** Id of the instance. */
  public abstract Optional<String> instanceId();

  /** Port the ticket is for, when the request named ports. */
  public abstract Optional<Integer> port();

  /** Id of the ticket task; poll with it until {@link #taskStatus()} is {@code FINISHED}. */
  public abstract Optional<String> taskId();

  /** State of the ticket task; the ticket is present once it is {@code FINISHED}. */
  public abstract Optional<String> taskStatus();

  /** The ticket that connects a client SDK to the instance; redacted from {@code toString()}. */
  @Value.Redacted
  public abstract Optional<String> ticket();
}
