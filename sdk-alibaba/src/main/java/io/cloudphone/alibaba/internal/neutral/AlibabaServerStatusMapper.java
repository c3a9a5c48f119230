package io.cloudphone.alibaba.internal.neutral;

import io.cloudphone.core.ServerStatus;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Maps a cloud phone node's (matrix's) DescribeCloudPhoneNodes {@code Status} to the neutral {@link ServerStatus}. */
public final class AlibabaServerStatusMapper {
  private static final Map<String, ServerStatus> TABLE = new LinkedHashMap<>();
  private static final Map<ServerStatus, List<String>> REVERSE = new EnumMap<>(ServerStatus.class);

  static {
    TABLE.put("CREATING", ServerStatus.CREATING);
    // NODE_READY: the matrix is up but its instances are still being created, so it is not usable yet.
    TABLE.put("NODE_READY", ServerStatus.CREATING);
    TABLE.put("RUNNING", ServerStatus.RUNNING);
    TABLE.put("FAILED", ServerStatus.FAILED);
    TABLE.put("DELETING", ServerStatus.DELETING);
    TABLE.put("DELETED", ServerStatus.DELETING);
    TABLE.forEach((raw, neutral) -> REVERSE.computeIfAbsent(neutral, k -> new ArrayList<>()).add(raw));
  }

  private AlibabaServerStatusMapper() {}

  /** The neutral status of {@code providerStatus}; {@link ServerStatus#UNKNOWN} for null or undocumented values. */
  public static ServerStatus toNeutral(String providerStatus) {
    if (providerStatus == null) {
      return ServerStatus.UNKNOWN;
    }
    return TABLE.getOrDefault(providerStatus.trim().toUpperCase(Locale.ROOT), ServerStatus.UNKNOWN);
  }

  /** The Alibaba values that map to {@code status}, to filter on the server when there is exactly one. */
  public static List<String> providerValues(ServerStatus status) {
    return List.copyOf(REVERSE.getOrDefault(status, List.of()));
  }
}
