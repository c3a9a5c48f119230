package io.cloudphone.core;

/** The state of asynchronous work (Huawei job, Alibaba task or command invocation). */
public enum JobStatus {
  /** Accepted, not started. */
  PENDING(false),
  /** Running. */
  RUNNING(false),
  /** Finished successfully. */
  SUCCEEDED(true),
  /** Finished, successfully for some of its targets only. */
  PARTIALLY_SUCCEEDED(true),
  /** Finished with an error. */
  FAILED(true),
  /** Skipped, stopped or cancelled before it finished. */
  CANCELLED(true),
  /** A value this SDK does not know; see {@code providerStatus()}. */
  UNKNOWN(false);

  private final boolean terminal;

  JobStatus(boolean terminal) {
    this.terminal = terminal;
  }

  /** Whether the job will not change any more. */
  public boolean isTerminal() {
    return terminal;
  }
}
