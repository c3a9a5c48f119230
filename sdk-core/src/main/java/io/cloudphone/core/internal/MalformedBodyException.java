package io.cloudphone.core.internal;

import java.io.IOException;

/**
 * A 2xx body that is not the JSON object the operation returns; the message is the short problem ("is empty",
 * "is not JSON", ...) that {@link CallExecutor} turns into an {@link io.cloudphone.core.UnreadableResponseException}.
 */
public final class MalformedBodyException extends IOException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; {@code problem} completes "the answer ...". */
  public MalformedBodyException(String problem) {
    super(problem);
  }
}
