package io.cloudphone.testkit.internal.huawei;

import io.cloudphone.core.PhoneStatus;
import io.cloudphone.core.ServerStatus;

/** CPH status codes (API reference §5.1.1, §5.3.1) for the fleet's neutral statuses, and back. */
public final class CphStatuses {
  private CphStatuses() {}

  /** The CPH phone status code for a neutral status, as the listing documents them. */
  static int phoneCode(PhoneStatus status) {
    return switch (status) {
      case CREATING -> 1;
      case RUNNING -> 2;
      case RESETTING -> 3;
      case RESTARTING -> 4;
      case FROZEN -> 6;
      case STOPPING -> 7;
      case STOPPED -> 8;
      case FAILED -> -7; // abnormal
      default -> throw new IllegalArgumentException("Huawei CPH has no phone status for " + status);
    };
  }

  /** The neutral status of a CPH phone status code. */
  public static PhoneStatus phoneStatus(int code) {
    return switch (code) {
      case 0, 1 -> PhoneStatus.CREATING;
      case 2 -> PhoneStatus.RUNNING;
      case 3 -> PhoneStatus.RESETTING;
      case 4 -> PhoneStatus.RESTARTING;
      case 6 -> PhoneStatus.FROZEN;
      case 7 -> PhoneStatus.STOPPING;
      case 8 -> PhoneStatus.STOPPED;
      case -5, -6, -7, -8, -9 -> PhoneStatus.FAILED;
      default -> PhoneStatus.UNKNOWN;
    };
  }

  /** The CPH server status code for a neutral status. */
  static int serverCode(ServerStatus status) {
    return switch (status) {
      case CREATING -> 1;
      case RUNNING -> 5; // "normal"
      case FAILED -> 2; // abnormal
      case FROZEN -> 8;
      case STOPPED -> 10;
      case STOPPING -> 11;
      case STARTING -> 13;
      default -> throw new IllegalArgumentException("Huawei CPH has no server status for " + status);
    };
  }
}
