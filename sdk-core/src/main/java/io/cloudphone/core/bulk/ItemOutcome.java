package io.cloudphone.core.bulk;

/** What became of one id of a bulk operation. */
public enum ItemOutcome {
  /** The provider accepted it (and, once awaited, its job succeeded). */
  SUCCEEDED,
  /** The provider refused it, or its job failed; the item says why. */
  FAILED,
  /** Accepted, and its job has not finished yet. */
  IN_PROGRESS,
  /** Never sent: the operation was cancelled first. */
  NOT_ATTEMPTED
}
