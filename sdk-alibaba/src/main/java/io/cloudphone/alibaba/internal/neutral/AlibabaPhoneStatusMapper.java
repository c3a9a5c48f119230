package io.cloudphone.alibaba.internal.neutral;

import io.cloudphone.core.PhoneStatus;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maps an Android instance's {@code AndroidInstanceStatus} (the values DescribeAndroidInstances documents) to the
 * neutral {@link PhoneStatus}.
 */
public final class AlibabaPhoneStatusMapper {
  private static final Map<String, PhoneStatus> TABLE = new LinkedHashMap<>();
  private static final Map<PhoneStatus, List<String>> REVERSE = new EnumMap<>(PhoneStatus.class);

  static {
    TABLE.put("CREATING", PhoneStatus.CREATING);
    TABLE.put("STARTING", PhoneStatus.STARTING);
    TABLE.put("RUNNING", PhoneStatus.RUNNING);
    TABLE.put("REBOOTING", PhoneStatus.RESTARTING);
    TABLE.put("RESETTING", PhoneStatus.RESETTING);
    TABLE.put("STOPPING", PhoneStatus.STOPPING);
    TABLE.put("STOPPED", PhoneStatus.STOPPED);
    TABLE.put("BACKUPING", PhoneStatus.UPDATING);
    TABLE.put("RECOVERING", PhoneStatus.UPDATING);
    TABLE.put("FAILED", PhoneStatus.FAILED);
    TABLE.put("UNAVAILABLE", PhoneStatus.FAILED);
    TABLE.put("BACKUP_FAILED", PhoneStatus.FAILED);
    TABLE.put("RECOVER_FAILED", PhoneStatus.FAILED);
    TABLE.put("DELETING", PhoneStatus.DELETING);
    // The neutral model has no "deleted": a deleted instance is reported as on its way out.
    TABLE.put("DELETED", PhoneStatus.DELETING);
    TABLE.forEach((raw, neutral) -> REVERSE.computeIfAbsent(neutral, k -> new ArrayList<>()).add(raw));
  }

  private AlibabaPhoneStatusMapper() {}

  /** The neutral status of {@code providerStatus}; {@link PhoneStatus#UNKNOWN} for null or undocumented values. */
  public static PhoneStatus toNeutral(String providerStatus) {
    if (providerStatus == null) {
      return PhoneStatus.UNKNOWN;
    }
    return TABLE.getOrDefault(providerStatus.trim().toUpperCase(Locale.ROOT), PhoneStatus.UNKNOWN);
  }

  /** The Alibaba values that map to {@code status}, to filter on the server when there is exactly one. */
  public static List<String> providerValues(PhoneStatus status) {
    return List.copyOf(REVERSE.getOrDefault(status, List.of()));
  }
}
