package io.cloudphone.core.bulk;

import io.cloudphone.core.CloudPhoneException;

/** {@code awaitCompletion} ran out of time; {@link #partialResult()} says where every id stood. */
public class BulkTimeoutException extends CloudPhoneException {
  private static final long serialVersionUID = 1L;

  private final transient BulkResult partial;

  /** Creates the exception with the result as it stood at the deadline. */
  public BulkTimeoutException(BulkResult partial) {
    super("timed out waiting for " + partial.summary());
    this.partial = partial;
  }

  /** Every id with its outcome at the deadline; unfinished ones are {@link ItemOutcome#IN_PROGRESS}. */
  public BulkResult partialResult() {
    return partial;
  }
}
