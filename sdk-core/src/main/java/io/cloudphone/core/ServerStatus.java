package io.cloudphone.core;

/** Where a server (Huawei cloud phone server, Alibaba node) is in its life, the same for both providers. */
public enum ServerStatus {
  /** Being created. */
  CREATING,
  /** Being started. */
  STARTING,
  /** Running and usable. */
  RUNNING,
  /** Being restarted. */
  RESTARTING,
  /** Being stopped. */
  STOPPING,
  /** Stopped. */
  STOPPED,
  /** Frozen by the provider (e.g. billing). */
  FROZEN,
  /** Abnormal, or an operation on it failed. */
  FAILED,
  /** Being deleted or released. */
  DELETING,
  /** A value this SDK does not know; see {@code providerStatus()}. */
  UNKNOWN
}
