package io.cloudphone.testkit.internal.alibaba;

import io.cloudphone.core.PhoneStatus;
import io.cloudphone.core.ServerStatus;

/** Neutral statuses to and from eds-aic's raw AndroidInstanceStatus and node Status values. */
public final class AlibabaStatuses {
  private AlibabaStatuses() {}

  /**
   * The AndroidInstanceStatus a phone is seeded with.
   *
   * @throws IllegalArgumentException for FROZEN and UNKNOWN, which eds-aic has no value for
   */
  public static String instanceStatus(PhoneStatus status) {
    return switch (status) {
      case CREATING, STARTING, RUNNING, RESETTING, STOPPING, STOPPED, DELETING -> status.name();
      case RESTARTING -> "REBOOTING";
      case UPDATING -> "BACKUPING";
      case FAILED -> "UNAVAILABLE";
      case FROZEN, UNKNOWN -> throw new IllegalArgumentException("Alibaba Android instances have no " + status
          + " status");
    };
  }

  /**
   * The node Status a server is seeded with.
   *
   * @throws IllegalArgumentException for statuses eds-aic nodes do not have (STOPPED, RESTARTING, ...)
   */
  public static String nodeStatus(ServerStatus status) {
    return switch (status) {
      case CREATING, RUNNING, FAILED, DELETING -> status.name();
      default -> throw new IllegalArgumentException("Alibaba cloud phone nodes have no " + status + " status;"
          + " they are CREATING, NODE_READY, RUNNING, FAILED, DELETING or DELETED");
    };
  }

  /** The neutral status of a raw AndroidInstanceStatus, as the SDK's own mapper reads it. */
  public static PhoneStatus phoneStatus(String raw) {
    return switch (raw) {
      case "CREATING" -> PhoneStatus.CREATING;
      case "STARTING" -> PhoneStatus.STARTING;
      case "RUNNING" -> PhoneStatus.RUNNING;
      case "REBOOTING" -> PhoneStatus.RESTARTING;
      case "RESETTING" -> PhoneStatus.RESETTING;
      case "STOPPING" -> PhoneStatus.STOPPING;
      case "STOPPED" -> PhoneStatus.STOPPED;
      case "BACKUPING", "RECOVERING" -> PhoneStatus.UPDATING;
      case "FAILED", "UNAVAILABLE", "BACKUP_FAILED", "RECOVER_FAILED" -> PhoneStatus.FAILED;
      case "DELETING", "DELETED" -> PhoneStatus.DELETING;
      default -> PhoneStatus.UNKNOWN;
    };
  }
}
