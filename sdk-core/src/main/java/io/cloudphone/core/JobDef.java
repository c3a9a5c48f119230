package io.cloudphone.core;

import io.cloudphone.core.internal.CloudPhoneStyle;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** Asynchronous work: a Huawei job, an Alibaba task or command invocation. */
@Value.Immutable
@CloudPhoneStyle
abstract class JobDef {
  /** The provider that runs the job. */
  public abstract Provider provider();

  /** The provider's id of the job. */
  public abstract String id();

  /** The phone or server the job works on. */
  public abstract Optional<String> targetId();

  /** Its neutral status. */
  public abstract JobStatus status();

  /** The provider's own status value, as sent. */
  public abstract String providerStatus();

  /** The provider's error code, when the job failed. */
  public abstract Optional<String> errorCode();

  /** The provider's error message, when the job failed. */
  public abstract Optional<String> errorMessage();

  /** The job's output (e.g. a shell command's output). */
  public abstract Optional<String> output();

  /** When the job started. */
  public abstract Optional<Instant> startedAt();

  /** When the job ended. */
  public abstract Optional<Instant> endedAt();

  /** The {@link CloudPhoneFleet} member it was read through, e.g. {@code huawei-cn-east-3}; empty outside a fleet. */
  public abstract Optional<String> member();
}
