package io.cloudphone.huawei.internal;

import io.cloudphone.core.Clock;
import io.cloudphone.huawei.IamPasswordCredentials;
import java.time.Duration;
import java.util.Optional;

/**
 * Holds the current IAM token and refreshes it shortly before it expires. Refreshing happens under one lock,
 * so however many callers find the token stale at once, IAM is asked once and all of them get the new token.
 */
final class IamTokenCache {
  /** Refresh this long before IAM's {@code expires_at}, so no call is sent with a token about to lapse. */
  static final Duration REFRESH_MARGIN = Duration.ofMinutes(5);

  private final IamClient iam;
  private final Clock clock;
  private IamToken current;
  private IamPasswordCredentials owner;

  IamTokenCache(IamClient iam, Clock clock) {
    this.iam = iam;
    this.clock = clock;
  }

  /** A valid token for {@code credentials}, fetched only if the cached one is missing, stale or another user's. */
  synchronized IamToken token(IamPasswordCredentials credentials, Optional<String> projectId) {
    boolean fresh = current != null && credentials.equals(owner)
        && clock.instant().plus(REFRESH_MARGIN).isBefore(current.expiresAt());
    if (!fresh) {
      current = iam.passwordToken(credentials, projectId);
      owner = credentials;
    }
    return current;
  }

  /** Drops {@code rejected} if it is still the cached token; callers holding a newer one keep it. */
  synchronized void invalidate(IamToken rejected) {
    if (current != null && current.value().equals(rejected.value())) {
      current = null;
    }
  }
}
