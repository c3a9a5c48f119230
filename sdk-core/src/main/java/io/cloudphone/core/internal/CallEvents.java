package io.cloudphone.core.internal;

import io.cloudphone.core.CallAttempt;
import io.cloudphone.core.CallListener;
import io.cloudphone.core.bulk.BulkProgress;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The listener a client really calls: the SDK's own DEBUG log first, then the user's listener, whose failures
 * are logged and never break a call. The DEBUG lines are made from the same events the user sees, so the two
 * never disagree.
 */
public final class CallEvents implements CallListener {
  private static final Logger LOG = LoggerFactory.getLogger("io.cloudphone.http");
  private static final Logger BULK_LOG = LoggerFactory.getLogger("io.cloudphone.bulk");

  private final CallListener user;

  private CallEvents(CallListener user) {
    this.user = user;
  }

  /** The SDK's DEBUG logging composed with {@code user}'s listener (or with none). */
  public static CallEvents of(CallListener user) {
    if (user instanceof CallEvents events) {
      return events;
    }
    return new CallEvents(Objects.requireNonNull(user, "callListener"));
  }

  /** The listener the user gave, {@link CallListener#none()} if none. */
  public CallListener user() {
    return user;
  }

  @Override
  public void onAttempt(CallAttempt attempt) {
    if (LOG.isDebugEnabled()) {
      LOG.debug(DebugLine.of(attempt));
    }
    try {
      user.onAttempt(attempt);
    } catch (RuntimeException e) {
      LOG.debug("call listener failed on {} attempt {}: {}", attempt.operation(), attempt.attempt(), e.toString());
    }
  }

  @Override
  public void onBulkProgress(BulkProgress progress) {
    if (BULK_LOG.isDebugEnabled()) {
      BULK_LOG.debug("{} {} {}/{} succeeded={} failed={} in-flight={} not-attempted={}", progress.operation(),
          progress.phase(), progress.settled(), progress.total(), progress.succeeded(), progress.failed(),
          progress.inFlight(), progress.notAttempted());
    }
    try {
      user.onBulkProgress(progress);
    } catch (RuntimeException e) {
      BULK_LOG.debug("call listener failed on {} progress: {}", progress.operation(), e.toString());
    }
  }
}
