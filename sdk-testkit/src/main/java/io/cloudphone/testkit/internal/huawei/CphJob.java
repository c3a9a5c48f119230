package io.cloudphone.testkit.internal.huawei;

import java.time.Instant;

/**
 * One CPH job: running (status 1) until {@link #end}, then succeeded (2) or failed (-1). Its effect on the
 * phone or server is applied once, when the state settles past its end.
 */
final class CphJob {
  /** What a job does, and the phone statuses it passes through. */
  enum Kind {
    RESTART(4, 2, -6),
    RESET(3, 2, -5),
    STOP(7, 8, -9),
    SERVER_RESTART(4, 2, -6),
    COMMAND(0, 0, 0);

    /** Phone status while running, after success, after failure; 0 leaves the status alone. */
    final int during;
    final int done;
    final int failed;

    Kind(int during, int done, int failed) {
      this.during = during;
      this.done = done;
      this.failed = failed;
    }
  }

  final String id;
  final String requestId;
  final Kind kind;
  final String phoneId;
  final String serverId;
  final Instant begin;
  final Instant end;
  final boolean fails;
  final String output;
  final String errorCode;
  final String errorMsg;
  boolean applied;

  CphJob(String id, String requestId, Kind kind, String phoneId, String serverId, Instant begin, Instant end,
      boolean fails, String output, String errorCode, String errorMsg) {
    this.id = id;
    this.requestId = requestId;
    this.kind = kind;
    this.phoneId = phoneId;
    this.serverId = serverId;
    this.begin = begin;
    this.end = end;
    this.fails = fails;
    this.output = output;
    this.errorCode = errorCode;
    this.errorMsg = errorMsg;
  }

  /** Whether the job has ended at {@code now}. */
  boolean ended(Instant now) {
    return !now.isBefore(end);
  }

  /** CPH job status at {@code now}: 1 running, 2 succeeded, -1 failed. */
  int status(Instant now) {
    return !ended(now) ? 1 : fails ? -1 : 2;
  }
}
