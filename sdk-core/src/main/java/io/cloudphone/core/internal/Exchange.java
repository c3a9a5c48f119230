package io.cloudphone.core.internal;

import java.io.IOException;
import java.time.Instant;
import okhttp3.Request;
import okhttp3.Response;

/** One logical call as the executor sees it: how to build each signed attempt and how to read success. */
public interface Exchange<T> {
  /** The provider's operation name, for logs and messages. */
  String operationName();

  /** Whether the call may be replayed after it may have reached the server. */
  boolean idempotent();

  /** Builds and signs a fresh attempt (fresh date, nonce and credentials) at {@code now}. */
  Request newAttempt(Instant now);

  /** Reads a 2xx answer. */
  T parse(Response response) throws IOException;

  /**
   * Called once when an attempt was refused as unauthenticated; returns true if fresh credentials were
   * obtained (e.g. a new IAM token) and one immediate retry makes sense.
   */
  default boolean refreshAuthentication() {
    return false;
  }
}
