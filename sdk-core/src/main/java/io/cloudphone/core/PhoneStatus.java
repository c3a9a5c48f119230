package io.cloudphone.core;

/** Where a phone is in its life, the same for both providers; the provider's own value stays on the model. */
public enum PhoneStatus {
  /** Being created. */
  CREATING,
  /** Being started. */
  STARTING,
  /** Running and usable. */
  RUNNING,
  /** Being restarted. */
  RESTARTING,
  /** Being reset to its image. */
  RESETTING,
  /** Being stopped. */
  STOPPING,
  /** Stopped. */
  STOPPED,
  /** Busy with maintenance: image update, backup, restore, migration. */
  UPDATING,
  /** Frozen by the provider (e.g. billing). */
  FROZEN,
  /** An operation failed or the phone is abnormal. */
  FAILED,
  /** Being deleted or released. */
  DELETING,
  /** A value this SDK does not know; see {@code providerStatus()}. */
  UNKNOWN
}
